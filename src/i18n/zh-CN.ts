/**
 * 简体中文界面文本。键与 en.ts 完全一致（包括从 Ladder 和 Netstat 组件并入的键），
 * `{占位符}` 保持英文原名。协议名、状态名、系统调用、errno、命令和 sysctl 名称按内核的写法保留原文。
 */
import { progressStrings } from './parts/progress';
import { screenZhCN } from './parts/screen.zh-CN';
import { shareStrings } from './parts/share';
import { teachUiStrings } from './parts/teach';
import type { Dictionary } from './dictionary';

const zhCN: Dictionary = {
  ...progressStrings['zh-CN'],
  ...screenZhCN,
  ...shareStrings['zh-CN'],
  ...teachUiStrings['zh-CN'],
  // 时序图（src/ui/Ladder/strings.ts）
  'ladder.title': '{left} 与 {right} 之间报文段的时序图',
  'ladder.summary': '{from} 至 {to}：单独绘出 {arrows} 个报文段，另有 {bands} 组报文段合并显示。',
  'ladder.region': '时序图，时间自上而下',
  'ladder.seconds': '{value} s',
  'ladder.now': '当前 {time}',
  'ladder.gap': '{duration} 后',
  'ladder.otherHosts': '其他主机',
  'ladder.retransmitOf': '#{id} 的重传',
  'ladder.arrowName': '报文段 #{id}，{from} 发往 {to}，{time} 发出：{label}。{fate}',
  'ladder.fate.delivered': '{time} 送达。',
  'ladder.fate.dropped': '{time} 被丢弃：{reason}。',
  'ladder.fate.inFlight': '传输中。',
  'ladder.spoofed': '源地址是伪造的。',
  'ladder.drop.rule': '丢包规则',
  'ladder.drop.loss': '随机丢包',
  'ladder.drop.firewall': '防火墙',
  'ladder.drop.unreachable': '主机不可达',
  'ladder.drop.queue-full': 'SYN 队列已满',
  'ladder.band.between': '{from} 到 {to}：{count} 个 {flags}',
  'ladder.band.fromOthers': '来自其他主机的 {count} 个 {flags}',
  'ladder.band.fromSpoofed': '来自伪造源地址的 {count} 个 {flags}',
  'ladder.band.toOthers': '发往其他主机的 {count} 个 {flags}',
  'ladder.band.dropped': '{count} 个被丢弃',
  'ladder.band.droppedWhy': '{count} 个被丢弃（{reason}）',
  'ladder.band.segments': '报文段',
  'ladder.band.name': '{text}，发送于 {from} 至 {to} 之间',
  'ladder.state.bucket': '{count} 个 {state}',
  'ladder.state.bucketMore': '{count} 个 {state} +{more}',
  'ladder.legend': '图例',
  'ladder.legend.syn': 'SYN',
  'ladder.legend.synack': 'SYN+ACK',
  'ladder.legend.ack': 'ACK',
  'ladder.legend.fin': 'FIN',
  'ladder.legend.rst': 'RST',
  'ladder.legend.data': '数据',
  'ladder.legend.retransmit': '重传',
  'ladder.legend.drop': '丢弃',

  // netstat 面板（src/ui/Netstat/strings.ts）
  'netstat.region': '{host} 上的套接字',
  'netstat.command': '命令',
  'netstat.copy': '复制为文本',
  'netstat.copied': '已复制',
  'netstat.copyFailed': '无法复制：当前环境不支持剪贴板',
  'netstat.table': '{host} 上 {command} 的输出：{count} 个套接字',
  'netstat.seconds': '{value} 秒',
  'netstat.chart.title': '{host} 上各状态的套接字数量随时间的变化',
  'netstat.chart.summary': '自 {time} 起：{counts}。',
  'netstat.chart.summaryEmpty': '自 {time} 起：没有套接字。',
  'netstat.chart.peak': '峰值：{time} 时有 {count} 个 {state}。',
  'netstat.chart.item': '{count} 个 {state}',
  'netstat.chart.x': '时间（秒）',
  'netstat.chart.y': '套接字数',
  'netstat.chart.legend': '图中的状态',

  'locale.name': '简体中文',
  'locale.label': '语言',

  'app.title': 'TCP 握手模拟器',
  'simulator.label': 'TCP 连接模拟器',
  'simulator.keyboardHint': '键盘操作：空格键播放或暂停，左右方向键在事件之间前后切换。',
  'simulator.running': '正在运行场景…',
  'simulator.waiting': '滚动到此处时，模拟器才会开始运行。',

  'picker.label': '场景',
  'picker.custom': '自定义场景',
  'picker.profile': '协议栈行为',
  'picker.reset': '重置',
  'picker.resetTitle': '回到场景开头，并清除已记录的操作',
  'profile.linux': 'Linux',
  'profile.rfc9293': 'RFC 9293',

  'card.label': '关于此场景',
  'card.watch': '观察要点',
  'card.netstat': 'netstat 中能看到什么',
  'card.conclusion': '运维结论',
  'card.kernel': '在真实的 Linux 内核上',
  'card.kernel.agree': '已用真实套接字在 Linux {kernel} 上重放：报文段、窗口与状态一致。',
  'card.kernel.notReplayed': '尚未在 Linux {kernel} 上重放（原因见 docs/kernel-agreement.md）。',

  'scenario.handshake-and-close.title': '三次握手与四次挥手（RFC 793 的序列号）',
  'scenario.handshake-and-close.summary':
    '完整的三次握手和关闭过程，序列号沿用 RFC 793 中的例子：客户端从 SEQ 100 开始，服务器从 SEQ 300 开始。在 Linux 配置下，关闭和真实的 Linux 服务器一样只有三个报文段；RFC 9293 配置则展示 RFC 中的四个。',
  'scenario.handshake-and-close.watch':
    'SYN（SEQ 100）、SYN+ACK（SEQ 300，ACK 101）、ACK（ACK 301）：双方确认的都是对方的初始序列号加一，因为 SYN 要占用一个序列号，相当于一个字节。关闭时，先调用 close() 的一方依次经过 FIN_WAIT_1、FIN_WAIT_2 和 TIME_WAIT；另一方经过 CLOSE_WAIT 和 LAST_ACK。',
  'scenario.handshake-and-close.netstat':
    '连接期间两端都显示 ESTABLISHED。关闭之后只有客户端还留着一行：TIME_WAIT 持续 60 秒，然后消失。',
  'scenario.handshake-and-close.conclusion':
    'TIME_WAIT 出现在先关闭的一方，这是正常现象：经过 2MSL（Linux 上为 60 秒）后会自行消失。',

  'scenario.simultaneous-open.title': '同时打开（RFC 9293 图 7）',
  'scenario.simultaneous-open.summary':
    '两端在同一时刻调用 connect()，各自连接对方的端口，两个 SYN 在线路上交错而过。',
  'scenario.simultaneous-open.watch':
    '每一方都在 SYN_SENT 状态下收到对方的 SYN，于是回复 SYN+ACK 并进入 SYN_RECEIVED；随后每个 SYN+ACK 到达对方，让对方完成建立。一共四个报文段而不是三个，而且哪一方都没有监听套接字。',
  'scenario.simultaneous-open.netstat':
    '两端先显示 SYN_SENT，接着 SYN_RECV 持续一个往返，然后是 ESTABLISHED。关闭之后，先关闭的一方显示 TIME_WAIT。',
  'scenario.simultaneous-open.conclusion':
    '实际中很少见（P2P 的 NAT 打洞会有意这样做），但完全是合法的 TCP：建立连接需要的是两个套接字，而不是一个客户端加一个服务器。',

  'scenario.simultaneous-close.title': '同时关闭（CLOSING）',
  'scenario.simultaneous-close.summary':
    '两端的应用在同一时刻调用 close()：两个 FIN 在线路上交错而过。',
  'scenario.simultaneous-close.watch':
    '对方的 FIN 到达时，每一方都还处于 FIN_WAIT_1，所以进入的是 CLOSING 而不是 FIN_WAIT_2；等自己的 FIN 被确认后，再进入 TIME_WAIT。',
  'scenario.simultaneous-close.netstat':
    '两端都显示 CLOSING，持续一个往返；随后两端都进入 TIME_WAIT，持续 60 秒。',
  'scenario.simultaneous-close.conclusion':
    'CLOSING 罕见而且短暂。如果它大量堆积，说明 FIN 交错的同时 ACK 在丢失：该排查的是网络，而不是应用。',

  'scenario.no-listener.title': '端口无人监听：RST',
  'scenario.no-listener.summary': '客户端连接服务器的 8080 端口，而该端口上没有任何应用在监听。',
  'scenario.no-listener.watch':
    '服务器内核立即用 RST+ACK 回应这个 SYN。客户端从 SYN_SENT 直接回到 CLOSED，connect() 只用一个往返就以 ECONNREFUSED 失败。',
  'scenario.no-listener.netstat':
    '几乎什么都看不到：客户端的 SYN_SENT 只持续一个往返；服务器上没有任何套接字使用这个端口，所以也没有对应的行。',
  'scenario.no-listener.conclusion':
    '“Connection refused”（连接被拒绝）来得很快，说明主机可达，但该端口上没有程序监听：服务没有启动，或者监听在别的端口上。可以在服务器上用 netstat -nlpt 检查。',

  'scenario.firewall-drop.title': '防火墙丢弃 SYN：SYN_SENT 迟迟不消失',
  'scenario.firewall-drop.summary':
    '服务器在 80 端口监听，但它的防火墙悄无声息地丢弃了发往该端口的所有 SYN。',
  'scenario.firewall-drop.watch':
    '没有任何回应。客户端在第 1、2、3、4、5 秒重发同一个 SYN（序列号不变），之后等待时间逐次翻倍，在第 7、11、19、35、67 秒重发，到第 131 秒 connect() 以 ETIMEDOUT 失败（Linux 6.5 及以后；更早的内核在第 1、3、7、15、31、63 秒重发，第 127 秒放弃）。',
  'scenario.firewall-drop.netstat':
    '客户端的 SYN_SENT 持续约两分钟。服务器上只有它的 LISTEN 那一行：SYN 根本没有到达套接字。',
  'scenario.firewall-drop.conclusion':
    'SYN_SENT 长时间不消失意味着对方毫无回应：防火墙丢包、地址写错或路由故障。缓慢超时指向 DROP 规则；如果是立即被拒绝，则说明没有程序监听，或者是 REJECT 规则。',

  'scenario.syn-flood.title': 'SYN 洪水攻击（未开启 SYN cookies）',
  'scenario.syn-flood.summary':
    '伪造的 SYN 以每秒 100 个的速度涌来，源地址永远不会应答。SYN cookies 处于关闭状态。',
  'scenario.syn-flood.watch':
    '每个伪造的 SYN 都会留下一个处于 SYN_RECEIVED 的半连接，它不断向不存在的对端重发 SYN+ACK。SYN 队列（半连接队列）被占满后，新到的 SYN 一律被丢弃，真实客户端的 SYN 也不例外：它的 connect() 最终超时。',
  'scenario.syn-flood.netstat':
    '服务器上有约一百行 SYN_RECV，来源都是陌生的地址；客户端卡在 SYN_SENT。',
  'scenario.syn-flood.conclusion':
    '来自大量不同源地址的 SYN_RECV，就是 SYN 洪水攻击（SYN Flood）。开启 SYN cookies（net.ipv4.tcp_syncookies = 1）；如果攻击持续，就在上游过滤这些流量。',

  'scenario.syn-flood-cookies.title': 'SYN 洪水攻击（开启 SYN cookies）',
  'scenario.syn-flood-cookies.summary':
    '同样的洪水攻击，但开启了 SYN cookies（Linux 的默认设置）。',
  'scenario.syn-flood-cookies.watch':
    'SYN 队列一满，内核就记录 “Possible SYN flooding”，并用 cookie 回应新的 SYN：cookie 藏在 SYN+ACK 的序列号里，服务器不保存任何状态。真实客户端的 ACK 把 cookie 带回来，它的连接随即建立。',
  'scenario.syn-flood-cookies.netstat':
    'SYN_RECV 的行数最多比 backlog 多一行（backlog 为 128 时是 129），但客户端仍然能进入 ESTABLISHED；dmesg 中可以看到 “Sending cookies”。',
  'scenario.syn-flood-cookies.conclusion':
    '开启 cookies 后，洪水攻击消耗的是带宽，却不会让服务器失去接受新连接的能力。这条内核日志就是攻击正在进行的信号。',

  'scenario.lost-final-ack.title': '最后一个 ACK 丢失：TIME_WAIT 为什么要等 2MSL',
  'scenario.lost-final-ack.summary': '四次挥手中客户端发出的最后一个 ACK 在线路上丢失了。',
  'scenario.lost-final-ack.watch':
    '处于 LAST_ACK 的服务器等不到 ACK，于是重发 FIN。仍处于 TIME_WAIT 的客户端可以再确认一次，并重新启动 2MSL 定时器。如果没有 TIME_WAIT，客户端只能回一个 RST。',
  'scenario.lost-final-ack.netstat':
    '服务器一直显示 LAST_ACK，直到第二个 ACK 到达；客户端从收到重发的 FIN 起，再显示 60 秒 TIME_WAIT。',
  'scenario.lost-final-ack.conclusion':
    'TIME_WAIT 不是泄漏：它让对方能够完成关闭，也让网络中残留的旧报文段在同一对端口被再次使用之前消亡。',

  'scenario.close-wait-leak.title': '服务器从不调用 close()：CLOSE_WAIT 堆积',
  'scenario.close-wait-leak.summary':
    '二十个客户端建立连接，一秒后各自关闭。服务器应用读到了文件结束（EOF），却始终不调用 close()。',
  'scenario.close-wait-leak.watch':
    '服务器内核确认了每个客户端的 FIN，于是客户端进入 FIN_WAIT_2；而服务器的套接字停在 CLOSE_WAIT 等待自己的应用，永远等下去。客户端在 tcp_fin_timeout（60 秒）后放弃；服务器上的套接字却一直留着。',
  'scenario.close-wait-leak.netstat':
    '服务器上的 CLOSE_WAIT 越积越多，每个来过的客户端留下一行；客户端上的 FIN_WAIT2 一分钟后消失。',
  'scenario.close-wait-leak.conclusion':
    'CLOSE_WAIT 堆积说明服务器从不调用 close()：这是应用程序的 bug（套接字泄漏），不是网络问题。重启只能掩盖问题，只有修改代码才能根治。',

  'scenario.port-exhaustion.title': '大量短连接耗尽源端口',
  'scenario.port-exhaustion.summary':
    '客户端每毫秒向服务器的同一个端口建立一个连接，并且每次都由自己先关闭。（运行量较大：需要几秒钟计算。）',
  'scenario.port-exhaustion.watch':
    '客户端先关闭的每个连接，都会让它的端口在 TIME_WAIT 中占用 60 秒。累计 28,232 个之后（端口 32768 到 60999），connect() 便以 EADDRNOTAVAIL 失败，直到有 TIME_WAIT 套接字到期释放。',
  'scenario.port-exhaustion.netstat':
    '客户端上有数以万计的 TIME_WAIT 行，全部指向同一个服务器地址和端口。',
  'scenario.port-exhaustion.conclusion':
    '高负载下出现 “Cannot assign requested address”，说明 TIME_WAIT 占光了源端口（端口耗尽）。办法是复用连接（keep-alive、连接池）、扩大 ip_local_port_range，或者为出站连接开启 tcp_tw_reuse。',

  'scenario.server-shutdown.title': '服务器在大量客户端在线时关闭：FIN_WAIT_1',
  'scenario.server-shutdown.summary':
    '三十个客户端在线时，通往它们的网络出了故障；随后服务器应用退出，关闭了所有连接。',
  'scenario.server-shutdown.watch':
    '服务器的每个套接字都发出 FIN 并进入 FIN_WAIT_1。ACK 始终没有回来，于是 FIN 以越来越长的间隔重传，直到达到 tcp_orphan_retries 的上限，内核销毁该套接字。',
  'scenario.server-shutdown.netstat': '服务器上有三十行 FIN_WAIT1，持续约两分半钟，然后全部消失。',
  'scenario.server-shutdown.conclusion':
    '大量 FIN_WAIT1 说明服务器已经关闭连接，而对端不确认：它们已经不可达。内核会自行清理；如果它们占用资源过多，可以调低 tcp_orphan_retries。',

  'scenario.killed-load-test.title': '压测客户端被强杀：LAST_ACK',
  'scenario.killed-load-test.summary':
    '一个持有三十个连接的压测程序被杀掉：它的内核在每个连接上发出 FIN，然后这台机器从网络上消失了。',
  'scenario.killed-load-test.watch':
    '服务器读到文件结束（EOF），关闭自己这一端并进入 LAST_ACK。它的 FIN 永远得不到确认，于是不断重传，直到放弃。',
  'scenario.killed-load-test.netstat': '服务器上有三十行 LAST_ACK，持续约两分半钟，然后全部消失。',
  'scenario.killed-load-test.conclusion':
    '大量 LAST_ACK 说明对端关闭之后、确认之前就消失了：被杀掉的压测程序，或者崩溃的客户端。它们会自行清除，服务器这边没有什么需要修复的。',

  'scenario.client-vanishes.title': '客户端不发 FIN 就消失：僵死的 ESTABLISHED',
  'scenario.client-vanishes.summary':
    '客户端机器在连接建立一秒后断电。它什么也没发出：没有 FIN，也没有 RST。',
  'scenario.client-vanishes.watch':
    '服务器的套接字仍然是 ESTABLISHED，毫不知情。直到服务器在第 30 秒发送数据，才开始重传，重传间隔逐步退避到两分钟一次，约 16 分钟后 tcp_retries2 用尽，以 ETIMEDOUT 放弃（按最小 RTO 计为 924.6 秒，这条路径往返 100 毫秒，所以更长）。',
  'scenario.client-vanishes.netstat':
    '服务器上有一行看似正常的 ESTABLISHED，持续一刻钟左右；一旦有数据等待确认，它的 Send-Q 就一直大于零。',
  'scenario.client-vanishes.conclusion':
    'ESTABLISHED 并不代表对端还活着。通往已消失对端的空闲连接可以永远存在：要用 TCP keepalive 或应用层心跳来发现失效的对端。',

  'scenario.half-close.title': '半关闭：shutdown(SHUT_WR) 之后数据仍在回传',
  'scenario.half-close.summary':
    '客户端发出请求后调用 shutdown(SHUT_WR) 而不是 close()：它不会再发送任何数据，但仍会继续读取。',
  'scenario.half-close.watch':
    '客户端的 FIN 让它进入 FIN_WAIT_2，让服务器进入 CLOSE_WAIT；但服务器仍继续发送它 4,000 字节的应答，客户端照常读取。客户端仍持有自己的套接字，所以这里的 FIN_WAIT_2 没有超时。服务器在第 4 秒关闭，客户端最终进入 TIME_WAIT。',
  'scenario.half-close.netstat':
    '客户端显示 FIN_WAIT2，服务器显示 CLOSE_WAIT，与此同时数据仍从服务器流向客户端。',
  'scenario.half-close.conclusion':
    '数据仍在回传的 FIN_WAIT_2 是健康的半关闭。只有当另一方始终不关闭时，它才成为问题。',

  'state.CLOSED': '没有连接。',
  'state.LISTEN': '等待连接请求（调用 listen() 之后）。',
  'state.SYN_SENT': '已发送 SYN（connect()），等待对方的 SYN+ACK。',
  'state.SYN_RECEIVED': '收到 SYN 并已回复 SYN+ACK，等待握手的最后一个 ACK。',
  'state.ESTABLISHED': '连接已建立：数据可以双向传输。',
  'state.FIN_WAIT_1': '本端已关闭并发出 FIN，等待对方确认。',
  'state.FIN_WAIT_2': '本端的 FIN 已被确认，等待对方关闭它那一端。',
  'state.CLOSE_WAIT': '对方已关闭它那一端，等待本端应用调用 close()。',
  'state.CLOSING': '双方同时发出了 FIN，等待对方确认本端的 FIN。',
  'state.LAST_ACK': '在对方之后关闭，等待对方确认本端的 FIN。',
  'state.TIME_WAIT':
    '本端先关闭；等待 2MSL，以便最后一个 ACK 丢失时能够重发，并让旧报文段在网络中消亡。',

  'why.send.connect': '应用调用 connect() 发起连接，发出 SYN',
  'why.send.syn-received': 'SYN 到达监听套接字，于是回复 SYN+ACK',
  'why.send.handshake-ack': '收到了 SYN+ACK，用这个 ACK 完成握手',
  'why.send.simultaneous-open': '在 SYN_SENT 状态收到 SYN（同时打开），于是回复 SYN+ACK',
  'why.send.data': '应用调用了 send()',
  'why.send.ack-data': '确认收到的数据',
  'why.send.ack-fin': '确认对方的 FIN',
  'why.send.close': '应用调用了 close()，发送 FIN',
  'why.send.close-with-ack':
    '应用在暂缓确认对端 FIN 期间调用了 close()：一个 FIN,ACK 同时完成两件事',
  'why.send.shutdown': '应用调用了 shutdown(SHUT_WR)，发送 FIN',
  'why.send.retransmit': '重传定时器到期前没有收到 ACK，超时重传',
  'why.send.syncookie': 'SYN 队列已满，于是回复带 SYN cookie 的 SYN+ACK，不保存状态',
  'why.send.rst-no-listener': '该端口无人监听，于是复位',
  'why.send.rst-bad-ack': '对方确认了本端从未发送过的内容，于是复位',
  'why.send.rst-abort': '应用中止了连接（SO_LINGER 为 0），于是复位',
  'why.send.rst-unread-data': '关闭时接收队列中还有未读数据，于是用 RST 代替 FIN',
  'why.send.rst-data-after-close': '应用关闭后又收到数据，于是复位',
  'why.send.rst-accept-overflow': 'accept 队列已满且开启了 tcp_abort_on_overflow，于是复位',
  'why.send.rst-listener-closed': '这条连接被 accept() 之前监听套接字已经关闭，于是复位',
  'why.send.rst-firewall': '防火墙的 REJECT 规则以该端口的名义作答，回复复位',
  'why.send.rst-embryonic': '一个半连接请求被复位',
  'why.send.challenge-ack':
    '窗口内出现序列号不完全吻合的 RST，或握手已完成的连接上出现 SYN，于是回复挑战 ACK（RFC 5961）',
  'why.send.dup-ack': '收到旧的或窗口外的报文段，于是再次确认期望收到的序列号',
  'why.send.timewait-ack': '在 TIME_WAIT 中收到重发的 FIN，于是再次确认，并重新开始 2MSL 计时',
  'why.send.flood': '攻击者伪造的 SYN，永远不会有应答',

  'why.state.listen': '应用调用了 listen()',
  'why.state.connect': '应用调用了 connect()',
  'why.state.rcv-syn': '收到 SYN',
  'why.state.rcv-synack': '收到 SYN+ACK',
  'why.state.rcv-ack': '收到握手的最后一个 ACK',
  'why.state.rcv-ack-of-fin': '本端的 FIN 被确认',
  'why.state.rcv-fin': '收到对方的 FIN',
  'why.state.rcv-fin-ack': '收到对方的 FIN，同时它确认了本端的 FIN',
  'why.state.rcv-rst': '收到 RST',
  'why.state.close': '应用调用了 close()',
  'why.state.shutdown': '应用调用了 shutdown(SHUT_WR)',
  'why.state.abort': '应用中止了连接',
  'why.state.unread-data': '关闭时仍有未读数据，于是复位',
  'why.state.timewait-timeout': '2MSL 已到',
  'why.state.finwait2-timeout': '应用已关闭的套接字等满了 tcp_fin_timeout',
  'why.state.retries-exhausted': '重传次数用尽，放弃连接',
  'why.state.synack-retries-exhausted': 'SYN+ACK 重传次数用尽，丢弃该连接请求',
  'why.state.syncookie': 'ACK 带回了有效的 SYN cookie',
  'why.state.timewait-reuse': '新的 SYN 复用了一个 TIME_WAIT 连接的端口',
  'why.state.listener-closed': '它的监听套接字被关闭了',
  'why.state.data-after-close': 'close() 之后又收到数据，于是复位',
  'why.state.accept-overflow': 'accept 队列已满',

  'drop.rule': '在线路上丢失',
  'drop.loss': '在线路上随机丢失',
  'drop.firewall': '被防火墙丢弃',
  'drop.unreachable': '对端没有主机接收',
  'drop.queue-full': 'SYN 队列已满，被丢弃',

  'errno.EOF': '文件结束：对方已关闭它那一端',
  'errno.ECONNREFUSED': '连接被拒绝',
  'errno.ETIMEDOUT': '连接超时',
  'errno.EADDRNOTAVAIL': '无法分配请求的地址',
  'errno.ECONNRESET': '连接被对方重置',
  'errno.EPIPE': '管道已断开',
  'errno.ENOTCONN': '未连接',
  'errno.EBADF': '没有这个套接字',
  'errno.EAGAIN': '暂时没有可以 accept 的连接',

  'host.left': '左侧',
  'host.right': '右侧',
  'host.spoofed': '伪造的地址',

  'endpoint.label': '{host}，{ip}',
  'endpoint.vanished': '已从网络中消失：不收也不发',
  'endpoint.stalled': 'close() 被搁置：应用对文件结束（EOF）置之不理',
  'endpoint.noAccept': '应用不调用 accept()',
  'endpoint.noRead': '应用不读取数据',
  'endpoint.firewall': '端口 {port} 的防火墙：{action}',
  'endpoint.firewall.drop': '丢弃（DROP）',
  'endpoint.firewall.reject': '拒绝（REJECT）',
  'endpoint.sockets': '套接字',
  'endpoint.noSockets': '没有套接字',
  'endpoint.listener': '监听套接字',
  'endpoint.tuple': '{local} 到 {remote}',
  'endpoint.queues': 'Recv-Q {recv}，Send-Q {send}',
  'endpoint.orphan': '应用已将其关闭，由内核完成收尾',
  'endpoint.error': '错误 {error}：{meaning}',
  'endpoint.counts': '各状态的套接字数',
  'endpoint.total': '{count} 个套接字',
  'endpoint.list': '套接字列表',
  'endpoint.listRange': '第 {from} 至 {to} 个套接字，共 {count} 个',
  'endpoint.lagging': '列表截至第 {time} 秒',
  'endpoint.app': '应用程序',
  'endpoint.appIdle': '尚无调用',
  'endpoint.kernel': '内核日志',
  'endpoint.unnamed': '套接字',

  'call.entry': '{call}() {socket}',
  'call.entryBytes': '{call}({bytes} 字节) {socket}',
  'call.ok': '成功',
  'call.failed': '{result}：{meaning}',
  'call.at': '第 {time} 秒',

  'listener.synQueue': 'SYN 队列（半连接）',
  'listener.acceptQueue': 'accept 队列（全连接）',
  'listener.gauge': '{value} / {max}',
  'listener.cookies': 'SYN cookies',
  'listener.cookiesActive': 'SYN cookies 正在应答：SYN 队列已满',
  'listener.cookiesSent': '已发送 {count} 个 cookie',
  'listener.synsDropped': '已丢弃 {count} 个 SYN',
  'listener.backlog': 'backlog {backlog}',

  'timer.retransmit': '重传定时器（RTO）',
  'timer.synack': 'SYN+ACK 重传定时器',
  'timer.time-wait': 'TIME_WAIT 定时器（2MSL）',
  'timer.fin-wait-2': 'FIN_WAIT_2 超时',
  'timer.delayed-ack': '延迟 ACK（40 毫秒）',
  'timer.attempt': '已重传次数：{attempt}',
  'timer.left': '剩余 {seconds} 秒',
  'timer.startedAt': '第 {time} 秒启动',

  'wire.label': '线路',
  'wire.empty': '线路上没有报文段',
  'wire.seq': 'SEQ {seq}',
  'wire.ack': 'ACK {ack}',
  'wire.len': 'LEN {len}',
  'wire.retransmitOf': '#{id} 的重传',
  'wire.inFlight': '传输中',
  'wire.lost': '丢失：{reason}',
  'wire.pressToDrop': '点击即可丢弃',
  'wire.segmentName': '{flags}，{numbers}，来自 {from}，{status}',
  'wire.segmentAction': '{description}——{action}',
  'wire.more': '另有 {count} 个报文段在传输中，以圆点表示',
  'wire.spoofed': '{count} 个伪造的 SYN 在传输中',
  'wire.legend': '图例',
  'wire.kind.syn': 'SYN：发起连接',
  'wire.kind.synack': 'SYN+ACK：接受连接',
  'wire.kind.ack': 'ACK',
  'wire.kind.data': '数据',
  'wire.kind.fin': 'FIN：关闭',
  'wire.kind.rst': 'RST：复位',
  'wire.kind.retransmit': '重传（虚线）',
  'wire.kind.lost': '丢失',

  'segment.heading': '报文段 #{id}',
  'segment.sentBecause': '发送原因：{why}。',
  'segment.sentAt': '第 {time} 秒由 {from} 发往 {to}。',
  'segment.fate.deliver': '第 {time} 秒到达。',
  'segment.fate.drop': '第 {time} 秒丢失：{reason}。',
  'segment.fate.none': '运行结束时仍在线路上。',
  'segment.clear': '取消选择',

  'playback.label': '播放控制',
  'playback.play': '播放',
  'playback.pause': '暂停',
  'playback.stepBack': '上一个事件',
  'playback.stepForward': '下一个事件',
  'playback.speed': '速度',
  'playback.speedValue': '{speed}×',
  'playback.timeline': '时间',
  'playback.timelineValue': '第 {time} 秒，共 {duration} 秒',
  'playback.clock': '{time} 秒',
  'playback.clockOf': '/ {duration} 秒',
  'playback.skipped': '跳过了 {seconds} 秒',
  'playback.skippedTitle': '第 {from} 秒到第 {to} 秒之间没有任何事件，播放直接跳过',
  'playback.events': '{count} 个事件',

  'controls.label': '操作',
  'controls.hint': '每个操作都发生在当前播放时刻。该时刻之后已记录的内容会被替换。',
  'controls.recorded': '已记录的操作：{count}',
  'controls.socket': '套接字',
  'controls.allSockets': '所有连接（*）',
  'controls.onHost': '在 {host} 上',
  'controls.connect': 'connect() 连接 {target}',
  'controls.bytes': '字节数',
  'controls.send': 'send()',
  'controls.close': 'close()',
  'controls.shutdown': 'shutdown(SHUT_WR)',
  'controls.abort': '用 RST 中止',
  'controls.stall': '搁置 close()',
  'controls.release': '恢复 close()',
  'controls.vanish': '让 {host} 从网络消失',
  'controls.network': '线路上',
  'controls.dropKind': '报文段',
  'controls.dropFrom': '发送方',
  'controls.dropNext': '丢弃下一个',
  'controls.kind.SYN': 'SYN',
  'controls.kind.SYN,ACK': 'SYN+ACK',
  'controls.kind.ACK': 'ACK',
  'controls.kind.FIN,ACK': 'FIN',
  'controls.kind.data': '数据',
  'controls.firewall': '端口 {port} 的防火墙',
  'controls.firewall.drop': '丢弃（无回应）',
  'controls.firewall.reject': '拒绝（回 RST）',
  'controls.firewall.off': '关闭',
  'controls.firewallApply': '应用防火墙设置',
  'controls.flood': 'SYN 洪水',
  'controls.floodCount': 'SYN 数量',
  'controls.floodRate': '每秒',
  'controls.floodStart': '向端口 {port} 发起洪水',
  'controls.cookiesOn': '开启 SYN cookies',
  'controls.cookiesOff': '关闭 SYN cookies',
  'controls.cookiesState': 'SYN cookies：{state}',
  'controls.on': '已开启',
  'controls.off': '已关闭',
  'controls.backlog': 'backlog',
  'controls.listenAgain': '重新 listen()',
  'controls.noSocket': '尚无套接字',

  'message.invalid-scenario': '该场景无法运行：',
  'message.invalid-action': '无法记录该操作：',
  'message.dismiss': '关闭',

  'announce.label': '状态变化',
  'announce.change': '{host}：{from} → {to}（{segment}）',
  'announce.changeWhy': '{host}：{from} → {to}，{why}',
  'announce.many': '{count} 次状态变化，最后一次：{last}',

  'views.ladder': '时序图',
  'views.netstat': '{host} 上的 netstat',
  'netstat.tableRegion': '{host} 上 {command} 的输出，可滚动',
};

export default zhCN;
