/**
 * Texts of the teaching layer's frame — the toolbar, the diagram's socket picker, the segment
 * details, the wire's press mode, the keyboard help, the scenario cards' "try next" steps — keyed
 * as the app dictionary keys them: each language file spreads its set (`...teachUiStrings.en` in
 * en.ts). The same `{params}` everywhere. The diagram's, the explanations' and the questions'
 * own texts are the teaching content (src/teach/content), routed by the locale in useTeachT.
 *
 * A scenario's `next` text holds one to three things to try, one per line (`\n`).
 */
const en = {
  'learn.tools': 'Teaching tools',
  'learn.predict': 'Predict mode',
  'learn.presenter': 'Presenter mode',
  'learn.fullscreen': 'Full screen',
  'learn.shortcuts': 'Keyboard shortcuts',
  'learn.shortcutsHint': 'Press ? for every keyboard shortcut.',
  'learn.predictHint':
    'Playback stops just before each segment arrives: predict what happens, then see.',
  'learn.dropped': 'Segment #{id} will be lost on the wire.',
  'learn.nothingToDrop': 'No segment left to drop.',
  'learn.language': 'Language: {name}',

  'learn.heading': 'State diagram',
  'learn.socket': 'Socket in the diagram',
  'learn.socketOption': '{name} on the {host}: {tuple}',
  'learn.noSockets': 'No socket changes state in this run.',

  'socket.follow': 'Follow in the state diagram',
  'socket.followWhich': '{name}, {tuple}',

  'wire.press': 'A press on a segment',
  'wire.press.drop': 'drops it',
  'wire.press.explain': 'explains it',
  'wire.pressToExplain': 'press for details',

  'segment.fields': 'Fields',
  'segment.field.flags': 'Flags',
  'segment.field.seq': 'Sequence number',
  'segment.field.ack': 'Acknowledgment number',
  'segment.field.window': 'Window',
  'segment.field.options': 'Options',
  'segment.field.length': 'Data length',
  'segment.bytes': '{count} bytes',
  'segment.none': 'none',
  'segment.why': 'Why it was sent',
  'segment.effect': 'What it did on arrival',
  'segment.effect.state': '{socket} on the {host}: {from} to {to}.',
  'segment.effect.none': 'No state change.',
  'segment.effect.drop': 'It never arrived: {reason}.',
  'segment.effect.pending': 'It has not arrived yet at the playback time.',

  'card.next': 'What to try next',

  'help.title': 'Keyboard shortcuts',
  'help.intro': 'These keys work while the simulator has focus.',
  'help.key': 'Key',
  'help.action': 'What it does',
  'help.close': 'Close',
  'help.keyName.space': 'Space',
  'help.keyName.left': 'Left arrow',
  'help.keyName.right': 'Right arrow',
  'help.keyName.esc': 'Esc',
  'help.do.play': 'Play or pause',
  'help.do.back': 'Step back to the previous event',
  'help.do.forward': 'Step on to the next event',
  'help.do.presenter': 'Presenter mode on or off',
  'help.do.language': 'Next language',
  'help.do.drop': 'Drop the next segment to arrive',
  'help.do.reset': 'Reset the scenario',
  'help.do.fullscreen': 'Full screen on or off',
  'help.do.help': 'Show these shortcuts',
  'help.do.close': 'Close this list',

  'scenario.handshake-and-close.next':
    "Press the client's last ACK on the wire to drop it, and watch the server send its FIN again while the client waits in TIME_WAIT.\nSwitch the profile to RFC 9293 and compare how long TIME_WAIT lasts: 2MSL is 4 minutes there, 60 s on Linux.\nBefore the client closes, call close() on the server instead, and see TIME_WAIT move to the server.",
  'scenario.simultaneous-open.next':
    'Follow each socket in the state diagram: both go from SYN_SENT through SYN_RECEIVED to ESTABLISHED.\nDrop one of the two crossing SYNs and see which side still passes through SYN_RECEIVED.',
  'scenario.simultaneous-close.next':
    'Follow each socket in the state diagram and find CLOSING, off the usual path of a close.\nDrop one of the two crossing FINs and watch which states each side goes through now.',
  'scenario.no-listener.next':
    "At 0 s, set the server's firewall to drop (silence) and play: the quick refusal becomes a SYN_SENT that lingers for two minutes.\nSet the firewall to reject (RST) instead and compare with the refusal of the kernel itself.",
  'scenario.firewall-drop.next':
    "Set the server's firewall to reject (RST) instead of drop: connect() now fails at once with ECONNREFUSED.\nTurn the firewall off while the client is still retrying: the next SYN gets through and the connection opens.",
  'scenario.syn-flood.next':
    'Turn SYN cookies on during the flood and watch the real client get through.\nRaise the backlog (listen() again) and see that a bigger SYN queue only holds out a little longer.',
  'scenario.syn-flood-cookies.next':
    "Go back to 0 s, turn SYN cookies off and play: the real client's connect() times out.\nSelect the server's SYN+ACK to the client in the ladder: its sequence number is the cookie.",
  'scenario.lost-final-ack.next':
    'Turn on Predict mode and guess what the client in TIME_WAIT does with the repeated FIN.\nSwitch the profile to RFC 9293: TIME_WAIT now lasts 2MSL, 4 minutes.',
  'scenario.close-wait-leak.next':
    'Release close() on the server and watch CLOSE_WAIT drain through LAST_ACK to CLOSED.\nFollow one server socket in the state diagram: it stops at CLOSE_WAIT and goes no further.',
  'scenario.port-exhaustion.next':
    'Scrub past the 60 s mark and watch the TIME_WAIT count on the client fall as the oldest sockets expire and free their ports.\nSelect TIME_WAIT in the state diagram and read the three ways out: connection pools, a wider ip_local_port_range, tcp_tw_reuse.',
  'scenario.server-shutdown.next':
    'Follow one server socket in the state diagram and count the FIN retransmissions before it gives up.\nSelect FIN_WAIT_1 in the diagram and read what many of them tell an operator.',
  'scenario.killed-load-test.next':
    'Follow one server socket in the state diagram: ESTABLISHED, CLOSE_WAIT, LAST_ACK, then CLOSED when the retries run out.\nSelect LAST_ACK in the diagram and read what a pile of them means.',
  'scenario.client-vanishes.next':
    'Call send() on the server right after the client vanishes, long before 30 s, and see the retransmissions start sooner.\nFollow the server socket in the state diagram: it stays ESTABLISHED until the retries run out.',
  'scenario.half-close.next':
    "Call close() on the client instead of shutdown(SHUT_WR): the server's answer now reaches a closed socket and gets a RST.\nFollow the client socket in the state diagram: FIN_WAIT_2 lasts as long as data still flows to it.",
} as const;

export type TeachUiKey = keyof typeof en;
type TeachUiDictionary = { readonly [K in TeachUiKey]: string };

const ko: TeachUiDictionary = {
  'learn.tools': '학습 도구',
  'learn.predict': '예측 모드',
  'learn.presenter': '발표자 모드',
  'learn.fullscreen': '전체 화면',
  'learn.shortcuts': '키보드 단축키',
  'learn.shortcutsHint': '? 키를 누르면 모든 키보드 단축키를 볼 수 있습니다.',
  'learn.predictHint':
    '세그먼트가 도착하기 직전마다 재생이 멈춥니다. 무슨 일이 일어날지 먼저 예측하고 확인해 보세요.',
  'learn.dropped': '세그먼트 #{id}: 회선에서 손실되도록 했습니다.',
  'learn.nothingToDrop': '버릴 세그먼트가 남아 있지 않습니다.',
  'learn.language': '언어: {name}',

  'learn.heading': '상태 다이어그램',
  'learn.socket': '다이어그램에 표시할 소켓',
  'learn.socketOption': '{host}의 {name}: {tuple}',
  'learn.noSockets': '이번 실행에서는 상태가 바뀌는 소켓이 없습니다.',

  'socket.follow': '상태 다이어그램에서 따라가기',
  'socket.followWhich': '{name}, {tuple}',

  'wire.press': '세그먼트를 누르면',
  'wire.press.drop': '버리기',
  'wire.press.explain': '설명 보기',
  'wire.pressToExplain': '누르면 자세히 보기',

  'segment.fields': '필드',
  'segment.field.flags': '플래그',
  'segment.field.seq': '시퀀스 번호',
  'segment.field.ack': '확인 응답 번호',
  'segment.field.window': '윈도우',
  'segment.field.options': '옵션',
  'segment.field.length': '데이터 길이',
  'segment.bytes': '{count}바이트',
  'segment.none': '없음',
  'segment.why': '보낸 이유',
  'segment.effect': '도착해서 일어난 일',
  'segment.effect.state': '{host}의 {socket}: {from} 상태에서 {to} 상태로 바뀌었습니다.',
  'segment.effect.none': '상태 변화가 없습니다.',
  'segment.effect.drop': '도착하지 못했습니다: {reason}.',
  'segment.effect.pending': '재생 시점에는 아직 도착하지 않았습니다.',

  'card.next': '다음에 해 볼 것',

  'help.title': '키보드 단축키',
  'help.intro': '시뮬레이터에 포커스가 있을 때 동작하는 키입니다.',
  'help.key': '키',
  'help.action': '동작',
  'help.close': '닫기',
  'help.keyName.space': 'Space',
  'help.keyName.left': '왼쪽 화살표',
  'help.keyName.right': '오른쪽 화살표',
  'help.keyName.esc': 'Esc',
  'help.do.play': '재생 또는 일시 정지',
  'help.do.back': '이전 이벤트로 이동',
  'help.do.forward': '다음 이벤트로 이동',
  'help.do.presenter': '발표자 모드 켜기/끄기',
  'help.do.language': '다음 언어로 바꾸기',
  'help.do.drop': '다음에 도착할 세그먼트 버리기',
  'help.do.reset': '시나리오 초기화',
  'help.do.fullscreen': '전체 화면 켜기/끄기',
  'help.do.help': '이 단축키 목록 보기',
  'help.do.close': '이 목록 닫기',

  'scenario.handshake-and-close.next':
    '회선 위의 클라이언트 마지막 ACK를 눌러 버리고, 클라이언트가 TIME_WAIT에서 기다리는 동안 서버가 FIN을 다시 보내는 것을 지켜보세요.\n프로파일을 RFC 9293으로 바꿔 TIME_WAIT가 얼마나 지속되는지 비교해 보세요. 2MSL이 RFC에서는 4분, Linux에서는 60초입니다.\n클라이언트가 닫기 전에 서버에서 먼저 close()를 호출해, TIME_WAIT가 서버 쪽으로 옮겨 가는 것을 확인해 보세요.',
  'scenario.simultaneous-open.next':
    '상태 다이어그램에서 두 소켓을 하나씩 따라가 보세요. 둘 다 SYN_SENT에서 SYN_RECEIVED를 거쳐 ESTABLISHED로 갑니다.\n엇갈리는 두 SYN 중 하나를 버리고, 어느 쪽이 여전히 SYN_RECEIVED를 거치는지 살펴보세요.',
  'scenario.simultaneous-close.next':
    '상태 다이어그램에서 두 소켓을 따라가며, 일반적인 종료 경로에서 벗어난 CLOSING 상태를 찾아보세요.\n엇갈리는 두 FIN 중 하나를 버리고, 이제 각 쪽이 어떤 상태들을 거치는지 지켜보세요.',
  'scenario.no-listener.next':
    '0초 시점에 서버 방화벽을 DROP(응답 없음)으로 설정하고 재생해 보세요. 즉시 오던 거부가 2분 동안 머무는 SYN_SENT로 바뀝니다.\n이번에는 방화벽을 REJECT(RST 응답)로 설정하고, 커널이 직접 거부할 때와 비교해 보세요.',
  'scenario.firewall-drop.next':
    '서버 방화벽을 DROP 대신 REJECT(RST 응답)로 바꿔 보세요. 이제 connect()가 곧바로 ECONNREFUSED로 실패합니다.\n클라이언트가 아직 재시도하는 동안 방화벽을 꺼 보세요. 다음 SYN이 통과해 연결이 열립니다.',
  'scenario.syn-flood.next':
    '플러드가 진행되는 중에 SYN 쿠키를 켜고, 실제 클라이언트가 연결에 성공하는 것을 지켜보세요.\n백로그를 늘리고 다시 listen()을 호출해, SYN 큐가 커져도 조금 더 버틸 뿐이라는 것을 확인해 보세요.',
  'scenario.syn-flood-cookies.next':
    '0초로 돌아가 SYN 쿠키를 끄고 재생해 보세요. 실제 클라이언트의 connect()가 타임아웃됩니다.\n래더 다이어그램에서 서버가 클라이언트에게 보낸 SYN+ACK를 선택해 보세요. 그 시퀀스 번호가 바로 쿠키입니다.',
  'scenario.lost-final-ack.next':
    '예측 모드를 켜고, TIME_WAIT 상태의 클라이언트가 다시 온 FIN을 어떻게 처리할지 맞혀 보세요.\n프로파일을 RFC 9293으로 바꿔 보세요. 이제 TIME_WAIT가 2MSL, 즉 4분 동안 지속됩니다.',
  'scenario.close-wait-leak.next':
    '서버에서 close() 보류를 해제하고, CLOSE_WAIT 소켓들이 LAST_ACK를 거쳐 CLOSED로 빠져나가는 것을 지켜보세요.\n상태 다이어그램에서 서버 소켓 하나를 따라가 보세요. CLOSE_WAIT에서 멈춘 채 더 나아가지 않습니다.',
  'scenario.port-exhaustion.next':
    '타임라인을 60초 이후로 옮겨 보세요. 가장 오래된 TIME_WAIT 소켓부터 만료되어 포트를 돌려주면서 클라이언트의 TIME_WAIT 개수가 줄어듭니다.\n상태 다이어그램에서 TIME_WAIT를 선택해 세 가지 해결책을 읽어 보세요: 커넥션 풀, 더 넓은 ip_local_port_range, tcp_tw_reuse.',
  'scenario.server-shutdown.next':
    '상태 다이어그램에서 서버 소켓 하나를 따라가며, 포기하기 전까지 FIN을 몇 번 재전송하는지 세어 보세요.\n다이어그램에서 FIN_WAIT_1을 선택해, 이 상태가 많이 쌓였을 때 운영자가 읽어 내야 할 것을 확인해 보세요.',
  'scenario.killed-load-test.next':
    '상태 다이어그램에서 서버 소켓 하나를 따라가 보세요. ESTABLISHED, CLOSE_WAIT, LAST_ACK를 거쳐, 재시도가 끝나면 CLOSED가 됩니다.\n다이어그램에서 LAST_ACK를 선택해, 이 상태가 쌓였을 때 무엇을 뜻하는지 읽어 보세요.',
  'scenario.client-vanishes.next':
    '클라이언트가 사라진 직후, 30초보다 훨씬 전에 서버에서 send()를 호출해 재전송이 더 일찍 시작되는 것을 확인해 보세요.\n상태 다이어그램에서 서버 소켓을 따라가 보세요. 재시도가 끝날 때까지 ESTABLISHED로 남아 있습니다.',
  'scenario.half-close.next':
    '클라이언트에서 shutdown(SHUT_WR) 대신 close()를 호출해 보세요. 이제 서버의 응답이 닫힌 소켓에 도착해 RST를 받습니다.\n상태 다이어그램에서 클라이언트 소켓을 따라가 보세요. 데이터가 계속 들어오는 동안 FIN_WAIT_2가 유지됩니다.',
};

const zhCN: TeachUiDictionary = {
  'learn.tools': '教学工具',
  'learn.predict': '预测模式',
  'learn.presenter': '演示模式',
  'learn.fullscreen': '全屏',
  'learn.shortcuts': '键盘快捷键',
  'learn.shortcutsHint': '按 ? 键查看全部键盘快捷键。',
  'learn.predictHint': '每个报文段到达之前播放都会暂停：先预测会发生什么，再看结果。',
  'learn.dropped': '报文段 #{id} 将在线路上丢失。',
  'learn.nothingToDrop': '没有可以丢弃的报文段了。',
  'learn.language': '语言：{name}',

  'learn.heading': '状态转换图',
  'learn.socket': '状态图中显示的套接字',
  'learn.socketOption': '{host} 上的 {name}：{tuple}',
  'learn.noSockets': '本次运行中没有套接字发生状态变化。',

  'socket.follow': '在状态图中跟踪',
  'socket.followWhich': '{name}，{tuple}',

  'wire.press': '点按报文段时',
  'wire.press.drop': '丢弃它',
  'wire.press.explain': '查看说明',
  'wire.pressToExplain': '点击查看详情',

  'segment.fields': '字段',
  'segment.field.flags': '标志位',
  'segment.field.seq': '序列号',
  'segment.field.ack': '确认号',
  'segment.field.window': '窗口',
  'segment.field.options': '选项',
  'segment.field.length': '数据长度',
  'segment.bytes': '{count} 字节',
  'segment.none': '无',
  'segment.why': '为什么发送',
  'segment.effect': '到达后发生了什么',
  'segment.effect.state': '{host} 上的 {socket}：从 {from} 变为 {to}。',
  'segment.effect.none': '没有状态变化。',
  'segment.effect.drop': '没有到达：{reason}。',
  'segment.effect.pending': '在当前播放时刻尚未到达。',

  'card.next': '接下来可以试试',

  'help.title': '键盘快捷键',
  'help.intro': '以下按键在模拟器获得焦点时有效。',
  'help.key': '按键',
  'help.action': '作用',
  'help.close': '关闭',
  'help.keyName.space': '空格键',
  'help.keyName.left': '左方向键',
  'help.keyName.right': '右方向键',
  'help.keyName.esc': 'Esc',
  'help.do.play': '播放或暂停',
  'help.do.back': '后退到上一个事件',
  'help.do.forward': '前进到下一个事件',
  'help.do.presenter': '开启或关闭演示模式',
  'help.do.language': '切换到下一种语言',
  'help.do.drop': '丢弃下一个将要到达的报文段',
  'help.do.reset': '重置场景',
  'help.do.fullscreen': '开启或关闭全屏',
  'help.do.help': '显示这些快捷键',
  'help.do.close': '关闭此列表',

  'scenario.handshake-and-close.next':
    '点击线路上客户端发出的最后一个 ACK 将它丢弃，观察客户端在 TIME_WAIT 中等待时，服务器如何重发 FIN。\n把协议栈行为切换为 RFC 9293，比较 TIME_WAIT 持续多久：RFC 中 2MSL 为 4 分钟，Linux 为 60 秒。\n在客户端关闭之前，先在服务器上调用 close()，看 TIME_WAIT 如何转移到服务器一侧。',
  'scenario.simultaneous-open.next':
    '在状态图中分别跟踪两个套接字：两者都从 SYN_SENT 经过 SYN_RECEIVED 进入 ESTABLISHED。\n丢弃交叉的两个 SYN 之一，看哪一端仍然会经过 SYN_RECEIVED。',
  'scenario.simultaneous-close.next':
    '在状态图中跟踪每个套接字，找到常规关闭路径之外的 CLOSING 状态。\n丢弃交叉的两个 FIN 之一，观察现在两端各自经过哪些状态。',
  'scenario.no-listener.next':
    '在 0 秒时把服务器的防火墙设为丢弃（无回应）再播放：原本立即被拒绝的连接，变成持续两分钟的 SYN_SENT。\n再把防火墙设为拒绝（回 RST），与内核自己拒绝连接的情形作比较。',
  'scenario.firewall-drop.next':
    '把服务器的防火墙从丢弃改为拒绝（回 RST）：connect() 会立即以 ECONNREFUSED 失败。\n趁客户端仍在重试时关闭防火墙：下一个 SYN 就能通过，连接随之建立。',
  'scenario.syn-flood.next':
    '在洪水攻击进行时开启 SYN cookies，观察真实客户端成功建立连接。\n调大 backlog（重新 listen()），会发现更大的 SYN 队列也只能多撑一会儿。',
  'scenario.syn-flood-cookies.next':
    '回到 0 秒，关闭 SYN cookies 再播放：真实客户端的 connect() 会超时。\n在时序图中选中服务器发给客户端的 SYN+ACK：它的序列号就是 cookie。',
  'scenario.lost-final-ack.next':
    '开启预测模式，猜一猜处于 TIME_WAIT 的客户端会如何处理重发的 FIN。\n把协议栈行为切换为 RFC 9293：TIME_WAIT 现在持续 2MSL，即 4 分钟。',
  'scenario.close-wait-leak.next':
    '在服务器上恢复 close()，观察 CLOSE_WAIT 套接字经过 LAST_ACK 逐渐变为 CLOSED。\n在状态图中跟踪一个服务器套接字：它停在 CLOSE_WAIT，再也不往前走。',
  'scenario.port-exhaustion.next':
    '把时间轴拖过 60 秒：最早的 TIME_WAIT 套接字陆续到期并释放端口，客户端上的 TIME_WAIT 数量随之下降。\n在状态图中选中 TIME_WAIT，阅读三种解决办法：连接池、更大的 ip_local_port_range、tcp_tw_reuse。',
  'scenario.server-shutdown.next':
    '在状态图中跟踪一个服务器套接字，数一数它在放弃之前重传了几次 FIN。\n在图中选中 FIN_WAIT_1，看看大量处于该状态的套接字对运维意味着什么。',
  'scenario.killed-load-test.next':
    '在状态图中跟踪一个服务器套接字：ESTABLISHED、CLOSE_WAIT、LAST_ACK，重试用尽后变为 CLOSED。\n在图中选中 LAST_ACK，看看大量堆积意味着什么。',
  'scenario.client-vanishes.next':
    '在客户端消失后立即（远早于 30 秒）在服务器上调用 send()，观察重传提早开始。\n在状态图中跟踪服务器套接字：在重试用尽之前，它一直停留在 ESTABLISHED。',
  'scenario.half-close.next':
    '在客户端上调用 close() 而不是 shutdown(SHUT_WR)：服务器的应答到达的是已关闭的套接字，会收到 RST。\n在状态图中跟踪客户端套接字：只要还有数据流向它，FIN_WAIT_2 就一直持续。',
};

export const teachUiStrings = { en, ko, 'zh-CN': zhCN } as const;
