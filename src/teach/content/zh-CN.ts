/**
 * 简体中文教学内容：每个状态的含义、出现在哪一端、持续多久、大量堆积时对运维意味着什么；
 * 每次状态转换的原因；每个报文段的发送原因。
 *
 * 事实与 en.ts 一致（RFC 9293 与 Linux 源码，见 docs/tcp-reference.md）；
 * 占位符 `{name}` 与英文相同；`<SEQ=100><CTL=SYN>` 这类记法照 RFC 原样保留。
 */
import type { SendReason } from '../../sim/segment';
import type { TcpState } from '../../sim/state';
import type { StateCause } from '../../sim/trace';
import type { TransitionId } from '../transitions';
import type { StateExplanation, TeachContent, UiKey } from './types';

const stateContent: Record<TcpState, StateExplanation> = {
  CLOSED: {
    meaning:
      '没有连接。RFC 9293 说 CLOSED 是一个“虚构”的状态：它表示这条连接根本没有 TCB（内核里没有它的任何记录）。',
    side: '双方都会经历：应用打开套接字之前，以及连接结束之后。',
    duration: '它不是等待状态。进入 CLOSED 的连接随即被删除，netstat 也就不再列出它。',
    inBulk: {
      what: 'CLOSED 不会堆积：已经关闭的连接就不存在了。',
      cause: '如果连接似乎凭空消失，关键要看是哪一次状态转换结束了它：正常关闭、RST，还是超时。',
      fix: 'CLOSED 本身没有什么要修的；顺着连接往回找，看它是从哪个状态离开的。',
    },
    spellings:
      '对于既未监听也未连接的套接字，Linux netstat 显示 CLOSE，ss 显示 UNCONN。Solaris 还给连接建立之前的两个阶段起了名字：IDLE（套接字尚未绑定端口）和 BOUND（已绑定端口，但尚未监听或发起连接）。',
  },
  LISTEN: {
    meaning:
      '服务器套接字调用 listen() 之后，在自己的端口上等待连接请求。它本身从不传输数据：每接受一个 SYN，都会为这条连接新建一个套接字。',
    side: '只出现在服务器端（被动打开方）。',
    duration:
      '服务器运行多久，它就存在多久。netstat -ant 中它的外部地址显示为 0.0.0.0:*；在 ss 中，监听套接字的 Recv-Q 是等待 accept() 的连接数，Send-Q 是 backlog。',
    inBulk: {
      what: '每个开放端口对应一个 LISTEN 套接字，所以 LISTEN 行多就意味着开放的端口多：这就是这台机器的攻击面。',
      cause:
        '本机运行的每一个服务，以及任何不该有却开了端口的东西，比如被遗忘的守护进程或后门程序。',
      fix: '查清每个端口属于哪个程序（netstat -nlpt 或 ss -ltnp），停掉不需要的服务。如果某个监听套接字的 Recv-Q 一直停在 backlog 的值上，说明应用调用 accept() 不够快。',
    },
    spellings: 'Windows netstat 显示 LISTENING，其他系统都显示 LISTEN。',
  },
  SYN_SENT: {
    meaning: '客户端已调用 connect()：它发出了携带初始序列号的 SYN，正在等待服务器的 SYN+ACK。',
    side: '客户端（主动打开方）。',
    duration:
      '一个往返时间；服务器有应答时，短到几乎看不到。如果没有应答，Linux 会在 connect() 之后第 1、2、3、4、5 秒重发 SYN（tcp_syn_linear_timeouts = 4：间隔 1 秒），之后每次等待时间翻倍，在第 7、11、19、35、67 秒重发，第 131 秒 connect() 失败（tcp_syn_retries = 6）。6.5 之前的内核从一开始就翻倍：第 1、3、7、15、31、63 秒重发，第 127 秒放弃。收到 RST 则立即结束：“Connection refused”（连接被拒绝）。',
    inBulk: {
      what: '停留在 SYN_SENT 的连接，完全收不到对方的任何回应。',
      cause:
        '防火墙丢弃了 SYN，主机宕机或不可达，或者那边没有程序监听、主机又不回 RST 而是保持沉默。发往大量不同地址的 SYN_SENT，也可能来自端口扫描器，或者本机中了蠕虫病毒（worm），正在扫描寻找下一个受害者。',
      fix: '在服务器上确认服务确实在监听（ss -ltn），并向管防火墙的人确认该端口是否放行；单凭 netstat 分不清是没有监听还是防火墙丢包。如果本机本不该对外发起连接，用 netstat -nap 找出对应的进程：它可能是恶意程序。',
    },
    spellings: '几乎所有系统都写作 SYN_SENT；ss 写作 SYN-SENT，RFC 也写作 SYN-SENT。',
  },
  SYN_RECEIVED: {
    meaning:
      '收到了 SYN 并已用 SYN+ACK 回应；套接字正在等待完成三次握手的那个 ACK。（同时打开时，双方都会经过这个状态。）',
    side: '服务器端（被动打开方）；同时打开时双方都会出现。',
    duration:
      '一个往返时间。如果等不到 ACK，Linux 会在之后第 1、3、7、15、31 秒重发 SYN+ACK，并在第 63 秒丢弃这个半连接（tcp_synack_retries = 5）。',
    inBulk: {
      what: 'SYN 洪水攻击（SYN Flood）：SYN 源源不断地涌来，源地址往往是伪造的，握手永远无法完成；这些半连接占满了 SYN 队列（半连接队列），真正的客户端反而连不进来。',
      cause:
        '拒绝服务（DoS）攻击；或者客户端始终收不到 SYN+ACK（防火墙或有问题的路由丢弃了回程流量）。',
      fix: '保持 SYN cookies 开启（net.ipv4.tcp_syncookies = 1，Linux 的默认值）：队列满了以后，服务器用 cookie 应答，不保存任何状态。调大 listen 的 backlog、net.core.somaxconn 和 tcp_max_syn_backlog。如果攻击来自真实地址，就把这些地址封掉。',
    },
    spellings:
      'Linux netstat 显示 SYN_RECV，ss 显示 SYN-RECV；Windows 和 Solaris 显示 SYN_RECEIVED；FreeBSD 和 macOS 显示 SYN_RCVD；RFC 写作 SYN-RECEIVED。',
  },
  ESTABLISHED: {
    meaning: '握手已经完成：双方都可以收发数据。这是一条正常工作的连接所处的状态。',
    side: '双方。',
    duration:
      '连接用多久，它就持续多久。TCP 自身没有空闲超时；保活探测（keepalive，应用不主动开启就是关闭的，首次探测在空闲 2 小时后）是它发现对端已经消失的唯一手段。',
    inBulk: {
      what: '繁忙的服务器上有大量 ESTABLISHED 连接是正常的。有两种情况不正常：连接都处于 ESTABLISHED，应用却在报错；客户端早已离开，连接却仍停在 ESTABLISHED。',
      cause:
        '既然 TCP 是 ESTABLISHED，说明 TCP 这一层工作正常：应用出错是更上层的问题，比如 TLS 证书过期，或者工作线程卡死。僵死连接则来自没发 FIN 就消失的客户端（断电、拔网线、NAT 表项被清掉）：服务器在自己发送数据之前无从知晓。',
      fix: '去看应用的日志和它的上层协议（TLS、HTTP），而不是网络。对于僵死连接，在应用里加超时，或者开启 TCP keepalive（SO_KEEPALIVE，并调小 tcp_keepalive_time），或者使用 TCP_USER_TIMEOUT。',
    },
    spellings: '各系统都写作 ESTABLISHED，只有 ss 简写为 ESTAB。',
  },
  FIN_WAIT_1: {
    meaning: '本端调用了 close()：已经发出 FIN，正在等待对方确认。此时本端仍可以接收数据。',
    side: '先关闭的一方（主动关闭方）。',
    duration:
      '一个往返时间。未被确认的 FIN 会被重传；如果应用已经关闭了套接字（即孤儿套接字），在 tcp_orphan_retries 次重传（8 次）后放弃，套接字被删除：按最小 RTO 200 毫秒计约 100 秒，路径越慢越长（往返 100 毫秒时约 2 分半）。',
    inBulk: {
      what: '大量 FIN_WAIT_1：本端正在关闭许多连接，而对端迟迟不确认。',
      cause: '服务器在大量客户端在线时关机或重启，客户端已经消失或不可达，或者对端的接收窗口已满。',
      fix: '通常等重传放弃后会自行清除。排查已失效或过载的客户端，以及丢包情况；调低 tcp_orphan_retries 可以缩短孤儿套接字的重试时间。',
    },
    spellings:
      'Linux netstat 显示 FIN_WAIT1（数字前没有下划线）；ss 显示 FIN-WAIT-1；Windows、FreeBSD 和 Solaris 显示 FIN_WAIT_1。',
  },
  FIN_WAIT_2: {
    meaning:
      '本端的 FIN 已被确认，正在等待对方的 FIN。连接处于半关闭状态：对方仍可以向本端发送数据。',
    side: '主动关闭方。',
    duration:
      '直到对方关闭为止。如果本端应用已经关闭了套接字（孤儿套接字），Linux 会在 tcp_fin_timeout（60 秒）后将其删除；如果只是调用了 shutdown(SHUT_WR)，它可以无限期地等下去，因为这是一条合法的“只收不发”的连接。',
    inBulk: {
      what: '大量 FIN_WAIT_2：对方确认了本端的 FIN，却始终不发送自己的 FIN。',
      cause: '对方的应用程序没有关闭套接字：去对方那台机器上看看，那里多半堆满了 CLOSE_WAIT。',
      fix: '修复对方的应用程序。在本端，tcp_fin_timeout 限定了孤儿套接字最多等多久。',
    },
    spellings:
      'Linux netstat 显示 FIN_WAIT2；ss 显示 FIN-WAIT-2；Windows、FreeBSD 和 Solaris 显示 FIN_WAIT_2。',
  },
  CLOSE_WAIT: {
    meaning:
      '对方已经关闭了它那一端：它的 FIN 已经到达并被确认。TCP 现在等待本端应用调用 close()。',
    side: '没有先关闭的一方（被动关闭方）。',
    duration:
      '完全取决于应用：TCP 在这里没有定时器。正常情况下，只需读完数据流的末尾再关闭即可；如果应用始终不调用 close()，就会永远停在这里。',
    inBulk: {
      what: '大量 CLOSE_WAIT 是本端应用的 bug：对方早已关闭，程序却从不关闭自己的套接字。',
      cause:
        '连接（文件描述符）泄漏：某条代码路径忘了调用 close()，连接池从不归还连接，或者工作线程卡死、阻塞。',
      fix: '修改代码：在每一条路径上都关闭套接字（finally、defer、with），限制连接池的大小，加上超时。重启进程可以释放它们，但它们还会再出现。用 netstat -nap 可以看出是哪个程序持有它们。',
    },
    spellings: '各系统都写作 CLOSE_WAIT；ss 和 RFC 写作 CLOSE-WAIT。',
  },
  CLOSING: {
    meaning:
      '双方几乎同时发出了 FIN（同时关闭）：对方的 FIN 比本端 FIN 的 ACK 先到。本端已经确认了对方的 FIN，正在等待自己那个 FIN 的 ACK。',
    side: '同时关闭的双方。',
    duration: '一个往返时间，然后进入 TIME_WAIT。很少能看到。',
    inBulk: {
      what: '大量 CLOSING 套接字很不寻常。',
      cause: '两端总是在同一时刻关闭，或者本端 FIN 的 ACK 不断丢失，套接字无法进入下一个状态。',
      fix: '排查两台主机之间的丢包；否则随着 FIN 的重传，它们会自行清除。',
    },
    spellings: '各系统都写作 CLOSING。',
  },
  LAST_ACK: {
    meaning:
      '对方先关闭，随后本端应用也关闭了：本端已发出 FIN，正在等待对方确认，这就是整条连接的最后一个 ACK。',
    side: '被动关闭方。',
    duration:
      '一个往返时间。如果等不到 ACK，FIN 会一直重传，直到重试次数用尽（对已关闭的套接字是 tcp_orphan_retries），然后套接字被删除。',
    inBulk: {
      what: '大量 LAST_ACK：本端的 FIN 得不到确认。',
      cause:
        '对端发出自己的 FIN 之后就立刻消失了。典型的例子是压测进行到一半被强行杀掉的压测客户端（load-test client）：服务器关闭了自己这一端，却永远等不来 ACK。',
      fix: '随着重传放弃，它们会自行清除；排查在关闭过程中消失的客户端，或者丢弃了最后那个 ACK 的防火墙。',
    },
    spellings: '各系统都写作 LAST_ACK；ss 和 RFC 写作 LAST-ACK。',
  },
  TIME_WAIT: {
    meaning:
      '连接已经结束，但先关闭的一方还会把这个四元组（双方的地址和端口）保留一段时间：一是万一最后一个 ACK 丢失、对方重发 FIN，还能再回一次 ACK；二是让网络中残留的旧报文段在同样的端口被再次使用之前消亡。',
    side: '主动关闭方：先调用 close() 的一方，通常是客户端。',
    duration:
      'RFC 规定为 2 × MSL（MSL 为 2 分钟，所以是 4 分钟）；Linux 固定使用 60 秒。收到重传的 FIN 会让定时器重新开始。',
    inBulk: {
      what: '大量短连接之后出现许多 TIME_WAIT 是正常的，开销也很小；直到某个客户端向同一台服务器发起连接时耗尽了源端口：connect() 以 EADDRNOTAVAIL 失败，报错 “Cannot assign requested address”。按 Linux 默认的端口范围 32768 到 60999（28,232 个端口）和 60 秒的 TIME_WAIT 计算，向同一地址和端口每秒新建超过约 470 个连接时就会发生。',
      cause:
        '本端关闭了大量短连接：没有 keep-alive 的 HTTP，每个请求都新建一条连接去访问数据库或 API。',
      fix: '复用连接（keep-alive、连接池）。扩大 net.ipv4.ip_local_port_range。net.ipv4.tcp_tw_reuse = 1 允许新的出站连接在 TCP 时间戳能保证安全时，复用处于 TIME_WAIT 的端口（默认值 2 只对回环地址生效）。或者让服务器先关闭，让 TIME_WAIT 落在服务器那边。',
    },
    spellings: '各系统都写作 TIME_WAIT；ss 和 RFC 写作 TIME-WAIT。',
  },
};

const edgeContent: Record<TransitionId, string> = {
  'CLOSED-LISTEN':
    '服务器调用 listen()（被动打开，passive OPEN）：套接字开始在自己的端口上接受连接请求。不发送任何报文。',
  'CLOSED-SYN_SENT':
    '客户端调用 connect()（主动打开，active OPEN）：TCP 选定一个初始序列号（ISN），并发出携带它的 SYN。',
  'LISTEN-CLOSED':
    '服务器关闭了监听套接字，该端口不再接受连接。Linux 会复位仍在它的 accept 队列（全连接队列）中等待的连接。',
  'LISTEN-SYN_RECEIVED':
    'SYN 到达监听端口：服务器选定自己的 ISN，回复 SYN+ACK，确认号为客户端的 ISN + 1。监听套接字继续监听；新的状态属于新建的那条连接。',
  'LISTEN-SYN_SENT':
    'RFC 允许监听中的套接字向指定的对端发送数据，从而转为主动打开。套接字 API 并不提供这种操作，实际中很少见。',
  'SYN_SENT-SYN_RECEIVED':
    '同时打开：双方都发出了 SYN，并且各自在收到任何 SYN+ACK 之前，先收到了对方的 SYN。双方都回复 SYN+ACK，并等待对自己那个 SYN 的 ACK。',
  'SYN_SENT-CLOSED': '握手完成之前应用放弃了（close()）：连接被删除，不发送任何报文。',
  'SYN_SENT-ESTABLISHED':
    '服务器的 SYN+ACK 到达，确认了本端的 SYN：客户端发出三次握手的最后一个 ACK，从它这一端看，连接已经建立。',
  'SYN_RECEIVED-ESTABLISHED':
    '对本端 SYN 的 ACK 到达：握手完成，连接进入 accept 队列（全连接队列），等待应用调用 accept()。',
  'SYN_RECEIVED-LISTEN':
    '一个从 LISTEN 而来的半连接收到了有效的 RST：这个半连接被丢弃，监听套接字若无其事地继续监听（RFC 注释 1）。',
  'SYN_RECEIVED-FIN_WAIT_1': '握手还没完成，应用就关闭了：等到没有其他数据排队时，TCP 发出 FIN。',
  'SYN_RECEIVED-CLOSE_WAIT':
    'FIN 与完成握手的 ACK 一起到达，或者紧随其后：对方已经关闭了它那一端。RFC 正文允许这种转换，但图中没有画出。',
  'ESTABLISHED-FIN_WAIT_1':
    '应用调用 close()，或者调用 shutdown() 关闭写方向：TCP 发完仍在排队的数据后发出 FIN。本端成为主动关闭方。',
  'ESTABLISHED-CLOSE_WAIT':
    '对方的 FIN 到达：TCP 确认它，并告诉应用数据流已经结束（recv() 返回 0）。此时连接处于半关闭状态：在应用也关闭之前，本端仍可以继续发送数据。',
  'FIN_WAIT_1-FIN_WAIT_2':
    '本端 FIN 的 ACK 到达：本端这个方向已经关闭，接下来等待对方关闭它的方向。',
  'FIN_WAIT_1-CLOSING':
    '对方的 FIN 比本端 FIN 的 ACK 先到：双方在同时关闭（同时关闭）。本端确认对方的 FIN，继续等待自己那个 FIN 的 ACK。',
  'FIN_WAIT_1-TIME_WAIT':
    '同一个报文段既带来了对方的 FIN，又确认了本端的 FIN，于是跳过 FIN_WAIT_2（RFC 图 5，注释 2）。本端确认这个 FIN，并启动 TIME_WAIT 定时器。',
  'FIN_WAIT_2-TIME_WAIT':
    '对方的 FIN 到达：本端发出最后一个 ACK，并在 TIME_WAIT 中等待，以防这个 ACK 丢失、对方再次发来 FIN。',
  'CLOSE_WAIT-LAST_ACK': '应用调用 close()：TCP 发出自己的 FIN，等待最后一个 ACK。',
  'CLOSING-TIME_WAIT': '本端 FIN 的 ACK 到达：两个 FIN 都已被确认，本端进入 TIME_WAIT 等待。',
  'LAST_ACK-CLOSED': '本端 FIN 的 ACK 到达：连接结束并被删除。被动关闭方从不进入 TIME_WAIT。',
  'TIME_WAIT-CLOSED':
    'TIME_WAIT 定时器到期（RFC 中为 2 × MSL，Linux 上为 60 秒）：连接被删除，它的四元组可以再次使用。',
  'abort-SYN_SENT':
    '从 SYN_SENT 直接进入 CLOSED：端口上没有程序监听，对方用 RST 回应了本端的 SYN（connect() 失败：“Connection refused”）；或者始终没有任何回应，SYN 重试次数用尽（“Connection timed out”，Linux 6.5 起为 131 秒，之前为 127 秒）；或者应用自己放弃了。',
  'abort-SYN_RECEIVED':
    '半连接被丢弃：SYN+ACK 的重试次数用尽（Linux 上为 63 秒）仍未等到最后的 ACK，或者收到了 RST，或者 Linux 发现 accept 队列已满且设置了 tcp_abort_on_overflow。监听套接字继续监听。',
  'abort-ESTABLISHED':
    '连接没有经过 FIN 交换就结束了：收到了 RST（对方中止了连接，或者已经不认识这条连接），应用中止了连接或在仍有未读数据时关闭（此时 Linux 发送 RST），或者重传一直得不到应答，直到 TCP 放弃（tcp_retries2 = 15 时至少 924.6 秒，按最小 RTO 计约 15 分钟，路径越慢越长）。',
  'abort-FIN_WAIT_1':
    '本端的 FIN 始终没有被确认：重传次数用尽（对已关闭的套接字是 tcp_orphan_retries），或者收到了 RST。服务器在大量客户端已失效时关闭，就是典型情形。',
  'abort-FIN_WAIT_2':
    '对方始终不发 FIN：Linux 在 tcp_fin_timeout（60 秒）后删除孤儿套接字。收到 RST，或者 close() 之后又收到数据，也会让它结束。',
  'abort-CLOSE_WAIT': '应用还没调用 close()，就收到了 RST，或者应用中止了连接。',
  'abort-CLOSING': '收到了 RST，或者本端 FIN 的重传次数用尽。',
  'abort-LAST_ACK':
    '最后的 ACK 始终没有到来：FIN 的重传次数用尽（压测客户端被杀掉后的典型情形），或者收到了 RST。',
  'abort-TIME_WAIT':
    'TIME_WAIT 提前结束：新的 SYN 重新打开了同一个四元组（RFC MAY-2；Linux 接受序列号更大的 SYN），tcp_tw_reuse 让新的出站连接复用了该端口，或者收到了 RST（除非设置了 tcp_rfc1337，否则 Linux 会接受它）。',
};

const stateCauses: Record<StateCause, string> = {
  listen: '应用调用了 listen()。',
  connect: '应用调用了 connect()，TCP 发出了 SYN。',
  'rcv-syn': '收到 SYN：有人想建立连接。',
  'rcv-synack': '收到对方的 SYN+ACK，它确认了本端的 SYN。',
  'rcv-ack': '收到确认本端 SYN 的 ACK：握手完成。',
  'rcv-ack-of-fin': '收到确认本端 FIN 的 ACK。',
  'rcv-fin': '收到对方的 FIN：它已经没有数据要发送了。',
  'rcv-fin-ack': '同一个报文段既带来了对方的 FIN，又确认了本端的 FIN。',
  'rcv-rst': '收到 RST：对方拒绝或重置了连接。',
  close: '应用调用了 close()。',
  shutdown: '应用调用了 shutdown()，关闭了写方向。',
  abort: '应用中止了连接；在需要的状态下，TCP 会发送 RST。',
  'unread-data':
    '应用关闭套接字时，还有已收到但未读取的数据，因此 Linux 发送 RST 而不是 FIN：这些数据就此丢失（RFC 2525）。',
  'timewait-timeout': 'TIME_WAIT 定时器到期（Linux 上为 60 秒，RFC 中为 2 × MSL）。',
  'finwait2-timeout':
    '已关闭的套接字在 FIN_WAIT_2 中等满 tcp_fin_timeout（60 秒）仍没等到对方的 FIN，Linux 删除了它。',
  'retries-exhausted': '重传次数用尽仍未得到确认，TCP 放弃了这条连接。',
  'synack-retries-exhausted':
    'SYN+ACK 已重发 tcp_synack_retries（5）次，仍没有收到 ACK，这个半连接被丢弃。',
  syncookie:
    'SYN cookie：SYN 队列已满时，监听套接字不保存任何状态就作出应答，等 ACK 回来时再根据 cookie 重建连接。',
  'timewait-reuse':
    '新连接需要使用这个四元组，于是 TIME_WAIT 提前结束（收到序列号更大的新 SYN，或者 tcp_tw_reuse）。',
  'listener-closed': '这条连接还在 accept 队列中等待时，监听套接字被关闭了，因此 Linux 复位了它。',
  'data-after-close': '应用关闭套接字之后又收到了数据；已经没有人能读取它，因此 Linux 复位连接。',
  'accept-overflow':
    'accept 队列（全连接队列）已满，并且开启了 tcp_abort_on_overflow，因此连接被复位。',
};

const segmentReasons: Record<SendReason, string> = {
  connect: '应用调用了 connect()：这个 SYN 发起连接，携带客户端的初始序列号。',
  'syn-received': 'SYN 到达了监听端口：SYN+ACK 携带服务器的初始序列号，并确认客户端的 ISN + 1。',
  'handshake-ack': '收到了 SYN+ACK：这个 ACK 完成三次握手。',
  'simultaneous-open':
    '本端的 SYN 还没得到回应，就收到了对方的 SYN（同时打开）：本端回复 SYN+ACK。',
  data: '应用写入了数据。',
  'ack-data': '收到了数据：ACK 指明本端期望的下一个字节，发送方就可以丢掉已经送达的部分。',
  'ack-fin': '收到了对方的 FIN：FIN 占用一个序列号，所以 ACK 是它的 SEQ + 1。',
  close: '应用调用了 close()：FIN 表示本端已经没有数据要发送了。',
  'close-with-ack':
    '应用在对端 FIN 到达后不久调用了 close()，因此发送。Linux 收到 FIN 时并不立即确认，而是把 ACK 暂缓一个延迟确认时间（收到过数据后为 40 毫秒），希望能和别的报文段一起发出。close() 恰好在这段时间内到来，于是一个 FIN,ACK 既表示本端数据已经发完，又确认了对端的 FIN。这就是 Linux 服务器的关闭通常只有三个报文段、而不是 RFC 793 图中四个的原因；在 RFC 9293 配置下 ACK 会立即发出，关闭就是四个报文段。',
  shutdown: '应用调用了 shutdown() 关闭写方向：发出 FIN，而套接字仍然可以接收数据。',
  retransmit:
    '重传定时器到期前没有收到确认（超时重传）：再次发送同一个报文段，定时器时长通常翻倍。Linux 会让 SYN 的前四次重传保持 1 秒间隔（tcp_syn_linear_timeouts），之后才开始翻倍。',
  syncookie:
    'SYN 队列已满：SYN+ACK 的序列号就是一个 SYN cookie，服务器在 ACK 返回之前不保存任何状态。',
  'rst-no-listener':
    '该端口上没有程序监听：主机用 RST 回应 SYN，客户端的 connect() 以 “Connection refused”（连接被拒绝）失败。',
  'rst-bad-ack': '这个报文段确认了从未发送过的数据：它不属于本机上的任何连接。',
  'rst-abort': '应用中止了连接。',
  'rst-unread-data': '应用关闭套接字时仍有未读数据：用 RST 代替 FIN，告诉对方有数据丢失了。',
  'rst-data-after-close': '应用已经关闭了套接字，却又收到了数据：不会有人读取它。',
  'rst-accept-overflow': 'accept 队列（全连接队列）已满，并且开启了 tcp_abort_on_overflow。',
  'rst-listener-closed': '这条连接还在等待被 accept() 时，监听套接字就关闭了。',
  'rst-firewall': '由防火墙规则发出：该规则拒绝（REJECT）连接，而不是直接丢弃（DROP）。',
  'rst-embryonic':
    '半连接（SYN_RECEIVED）收到了无法接受的报文段，比如一个新的 SYN；这个连接请求被丢弃。',
  'challenge-ack':
    '收到的 RST 落在窗口之内但序列号并不完全吻合，或者在握手已完成（已同步）的连接上收到了 SYN（RFC 5961）：这个挑战 ACK（challenge ACK）让真正的对端有机会证明自己，从而挫败“盲”RST 攻击（攻击者看不到流量，只能猜测序列号）。',
  'dup-ack': '收到的报文段乱序，或者落在窗口之外：ACK 重申本端期望的下一个字节。',
  'timewait-ack':
    'TIME_WAIT 期间对方的 FIN 再次到达（本端的最后一个 ACK 丢了）：再确认一次，并重启定时器。',
  flood: '由攻击者发出：它用伪造的源地址向服务器发起 SYN 洪水，这些 SYN+ACK 永远不会有人应答。',
};

const ui: Record<UiKey, string> = {
  'diagram.title': 'TCP 状态转换图（RFC 9293 图 5）',
  'diagram.description':
    '单个套接字的各个状态，以及状态之间的转换。当前状态以填充色标出；已经历的转换用粗线画出，并按先后编号；最近一次转换高亮显示，并附有标注。',
  'diagram.state.closedEnd': 'CLOSED，连接结束',
  'diagram.state.current': '{name}，当前状态',
  'diagram.state.visited': '{name}，已经历',
  'diagram.edge.name': '从 {from} 到 {to} 的转换：{label}',
  'diagram.edge.taken': '{name}，发生于 {times}',
  'diagram.edge.last': '{name}，最近一次转换',
  'diagram.seconds': '{value} 秒',
  'diagram.showResets': '显示复位、中止和超时',
  'diagram.caption.last': '最近一次转换（{time}）：从 {from} 到 {to}，{label}。',
  'diagram.caption.undrawn': '最近一次转换（{time}）：从 {from} 到 {to}（RFC 图中未画出）。',
  'diagram.caption.start': '当前处于 {state}；还没有发生状态转换。',
  'diagram.caption.none': '未选择套接字。',
  'diagram.legend.title': '图例',
  'diagram.legend.current': '当前状态',
  'diagram.legend.path': '已经历的转换，按先后编号',
  'diagram.legend.last': '最近一次转换',
  'diagram.legend.note': '见于 RFC 的注释或正文，图中未画出',
  'diagram.legend.abort': '复位、中止或超时',
  'explain.empty': '在图中选择一个状态或一次转换，即可查看说明。',
  'explain.meaning': '含义',
  'explain.side': '出现在哪一端',
  'explain.duration': '持续多久',
  'explain.inBulk': '大量套接字处于此状态时',
  'explain.bulk.what': '说明什么',
  'explain.bulk.cause': '原因',
  'explain.bulk.fix': '怎么处理',
  'explain.spellings': '各系统中的写法',
  'explain.spellings.system': '系统',
  'explain.spellings.name': '显示为',
  'explain.system.rfc': 'RFC 9293',
  'explain.system.linuxNetstat': 'Linux netstat',
  'explain.system.linuxSs': 'Linux ss',
  'explain.system.windows': 'Windows netstat',
  'explain.system.bsd': 'FreeBSD 和 macOS netstat',
  'explain.system.solaris': 'Solaris netstat',
  'explain.edge.title': '{from} 到 {to}',
  'explain.edge.label': 'RFC 中的标注',
  'explain.edge.why': '为什么会发生',
  'explain.edge.source': '出处：{source}。',
  'explain.edge.kind.figure': 'RFC 9293 图 5 中画出了这条转换。',
  'explain.edge.kind.note': '图中未画出；由图的注释 2 补充。',
  'explain.edge.kind.extra': '图中未画出；RFC 正文允许这种转换。',
  'explain.edge.kind.abort':
    '图中未画出：根据图的注释 3 和正文，任何状态在收到 RST、执行 ABORT 或超时后都会进入 CLOSED。',
  'explain.edge.taken': '本次运行中',
  'explain.edge.takenAt': '{time}：{cause}',
  'explain.edge.notTaken': '到目前为止，这个套接字还没有经历这次转换。',
  'predict.title': '预测下一步',
  'predict.score': '{correct} / {total}',
  'predict.scoreLabel': '得分：{total} 题中答对 {correct} 题',
  'predict.streak': '连续答对：{streak}',
  'predict.kind.state': '下一个状态',
  'predict.kind.reply': '回复什么',
  'predict.kind.numbers': '序列号',
  'predict.prompt.state':
    '报文段 #{id} {segment} 即将到达 {receiver}，它当前处于 {state}。报文段到达后，{receiver} 会处于什么状态？',
  'predict.prompt.stateNew':
    '报文段 #{id} {segment} 即将到达正在监听的 {receiver}。它所打开的新连接会处于什么状态？',
  'predict.prompt.reply':
    '报文段 #{id} {segment} 即将到达 {receiver}，它当前处于 {state}。{receiver} 会回复什么？',
  'predict.prompt.numbers':
    '报文段 #{id} {segment} 即将到达 {receiver}，它当前处于 {state}。{receiver} 将回复 {replyFlags}。这个回复会携带怎样的序列号和确认号？',
  'predict.choices': '你的预测',
  'predict.choice.state': '{state}',
  'predict.choice.stays': '保持 {state}',
  'predict.choice.noState': '没有状态：监听套接字不为它保存任何状态',
  'predict.choice.flags': '{flags}',
  'predict.choice.nothing': '什么都不发',
  'predict.choice.seqAck': '<SEQ={seq}><ACK={ack}>',
  'predict.choice.seq': '<SEQ={seq}>',
  'predict.answer': '作答',
  'predict.reveal': '显示答案',
  'predict.next': '继续',
  'predict.correct': '答对了。',
  'predict.wrong': '不太对。',
  'predict.revealed': '实际情况如下。',
  'predict.yourAnswer': '你的答案',
  'predict.rightAnswer': '正确答案',
  'predict.what': '发生了什么',
  'predict.why': '为什么',
  'predict.outcome.state': '{receiver} 从 {from} 进入 {to}。',
  'predict.outcome.stays': '{receiver} 保持在 {state}。',
  'predict.outcome.reply': '{receiver} 回复 {flags}（报文段 #{id}）。',
  'predict.outcome.noReply': '{receiver} 不作任何回复。',
  'predict.outcome.numbers': '{receiver} 回复 <SEQ={seq}><ACK={ack}><CTL={flags}>。',
  'predict.outcome.numbersSeq': '{receiver} 回复 <SEQ={seq}><CTL={flags}>。',
  'predict.explain.noChange': '这个报文段里没有任何东西能让 {receiver} 离开 {state}。',
  'predict.explain.noReplyRst': '对 RST 从不作出回应，连另一个 RST 也不会回。',
  'predict.explain.noReplyAck':
    '没有需要确认的内容：这个报文段不带数据、SYN 或 FIN，不占用序列号，而 TCP 从不确认纯 ACK。',
  'predict.explain.noReplyOther': 'TCP 不会立即回应这个报文段。',
  'predict.explain.numbers':
    'ACK = {dseq} + {consumed} = {ack}：这是 {receiver} 期望收到的下一个序列号。每个数据字节占一个序列号，SYN 或 FIN 再各占一个，纯 ACK 不占。SEQ = {seq}：{receiver} 自己的序列号当前走到的位置。',
  'predict.explain.numbersIsn':
    'ACK = {dseq} + {consumed} = {ack}：这是 {receiver} 期望收到的下一个序列号。每个数据字节占一个序列号，SYN 或 FIN 再各占一个，纯 ACK 不占。SEQ = {seq}：{receiver} 自己的初始序列号（ISN），由它的 SYN 携带。',
  'predict.explain.numbersRepeat':
    'ACK = {ack}：仍然是 {receiver} 期望收到的下一个序列号，因为报文段 #{id} 没有让它前进。SEQ = {seq}：{receiver} 自己的序列号当前走到的位置。',
  'predict.explain.rstSeq':
    '回应一个带 ACK 的报文段时，RST 把那个确认号当作自己的 SEQ（{seq}），这样发送方能在自己的窗口内找到它并接受。',
  'predict.explain.rstAck':
    '回应一个不带 ACK 的报文段时，RST 的 SEQ 为 0，并确认整个报文段：ACK = {dseq} + {consumed} = {ack}。',
  'predict.none': '本次运行中没有更多可预测的报文段了。',
};

export const zhCN: TeachContent = { stateContent, edgeContent, stateCauses, segmentReasons, ui };
