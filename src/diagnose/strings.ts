/**
 * The diagnosis in three languages: pattern names, what each means, and the panel's labels.
 * Kept out of the main dictionary so the embed script does not carry them; the CLI prints `en`.
 * Params: {count} sockets, {port}, {remotes} distinct addresses, {remote} the busiest one,
 * {percent} of the ephemeral port range.
 */
const en = {
  'diagnose.title': 'Diagnose a netstat or ss listing',
  'diagnose.paste':
    'Paste the output of netstat -ant, ss -tan, Windows netstat -an or macOS netstat -an -p tcp',
  'diagnose.run': 'Diagnose',
  'diagnose.close': 'Close',
  'diagnose.summary': '{total} TCP sockets read ({format}); {skipped} other lines skipped.',
  'diagnose.byState': 'Per state',
  'diagnose.byLocalPort': 'Per local port',
  'diagnose.byRemote': 'Per remote address',
  'diagnose.state': 'State',
  'diagnose.port': 'Port',
  'diagnose.address': 'Address',
  'diagnose.count': 'Sockets',
  'diagnose.findings': 'What it shows',
  'diagnose.none': 'No known pattern: no state piles up beyond what a healthy host shows.',
  'diagnose.evidence': 'Evidence',
  'diagnose.meaning': 'What it means',
  'diagnose.next': 'What to check next',
  'diagnose.reproduce': 'Reproduce this',
  'diagnose.reproduced': 'Opened “{title}” in the simulator.',
  'diagnose.error.empty': 'Paste a listing first.',
  'diagnose.error.garbage':
    'No TCP socket line found in {lines} lines. Expected the output of netstat -ant, ss -tan, Windows netstat -an or macOS netstat -an -p tcp.',
  'diagnose.evidence.text':
    '{count} sockets, most on port {port}, from {remotes} remote addresses (the most: {remote}).',
  'diagnose.evidence.timeWait':
    '{count} sockets in TIME_WAIT from this host’s ephemeral ports to {remote}:{port}: {percent}% of the default range (28,232 ports).',
  'diagnose.pattern.syn-recv': 'SYN_RECV piling up',
  'diagnose.meaning.syn-recv':
    'Handshakes that never complete fill the SYN queue: a SYN flood (often from spoofed, many different addresses), or an application that does not accept() fast enough so the accept queue is full. Real clients then time out.',
  'diagnose.pattern.close-wait': 'CLOSE_WAIT piling up',
  'diagnose.meaning.close-wait':
    'The peers closed their side and this host’s application never calls close(): a bug (a leaked socket or descriptor). The sockets stay until the process closes them or exits.',
  'diagnose.pattern.time-wait-ports': 'TIME_WAIT near the ephemeral port range',
  'diagnose.meaning.time-wait-ports':
    'This host opens many short connections to one server and closes first, so each source port waits 60 s in TIME_WAIT. When the range runs out, connect() fails with “Cannot assign requested address” (EADDRNOTAVAIL).',
  'diagnose.pattern.fin-wait-1': 'FIN_WAIT_1 in bulk',
  'diagnose.meaning.fin-wait-1':
    'This host sent FINs that nobody acknowledges: peers that vanished or a path that drops packets, typically when a server with many clients shuts down. The FIN is retransmitted until tcp_orphan_retries gives up.',
  'diagnose.pattern.fin-wait-2': 'FIN_WAIT_2 in bulk',
  'diagnose.meaning.fin-wait-2':
    'This host closed and the peers acknowledged, but they never send their own FIN: their application sits in CLOSE_WAIT. Orphaned sockets leave after tcp_fin_timeout (60 s).',
  'diagnose.pattern.last-ack': 'LAST_ACK in bulk',
  'diagnose.meaning.last-ack':
    'The peers closed, this host answered with its FIN, and the final ACK never comes: the peer is gone (a killed load-test client, a crashed host). The FIN is retransmitted until the host gives up.',
  'diagnose.pattern.syn-sent-one': 'SYN_SENT to one address',
  'diagnose.meaning.syn-sent-one':
    'Connections to {remote} never get an answer: a firewall drops the SYNs (no listener would answer with RST at once) or the host is down. connect() retries and ends in ETIMEDOUT.',
  'diagnose.pattern.syn-sent-many': 'SYN_SENT to many addresses',
  'diagnose.meaning.syn-sent-many':
    'This host tries to reach {remotes} different addresses at once and few answer: a scanner or a worm, or a client whose destinations are unreachable.',
  'diagnose.pattern.stale-established': 'ESTABLISHED that never ends',
  'diagnose.meaning.stale-established':
    'Connections with unacknowledged data (Send-Q) or a retransmission timer: the clients vanished without a FIN (power loss, a dropped link). Without keepalive such a socket stays ESTABLISHED until retransmissions give up (about 15 minutes), and an idle one forever.',
};

export type DiagnoseKey = keyof typeof en;
type Table = { readonly [K in DiagnoseKey]: string };

const ko: Table = {
  'diagnose.title': 'netstat·ss 출력 진단',
  'diagnose.paste':
    'netstat -ant, ss -tan, Windows netstat -an 또는 macOS netstat -an -p tcp 출력을 붙여 넣으세요',
  'diagnose.run': '진단',
  'diagnose.close': '닫기',
  'diagnose.summary':
    'TCP 소켓 {total}개를 읽었습니다({format}). 다른 줄 {skipped}개는 건너뛰었습니다.',
  'diagnose.byState': '상태별',
  'diagnose.byLocalPort': '로컬 포트별',
  'diagnose.byRemote': '원격 주소별',
  'diagnose.state': '상태',
  'diagnose.port': '포트',
  'diagnose.address': '주소',
  'diagnose.count': '소켓 수',
  'diagnose.findings': '진단 결과',
  'diagnose.none': '알려진 패턴이 없습니다. 정상적인 호스트보다 많이 쌓인 상태가 없습니다.',
  'diagnose.evidence': '근거',
  'diagnose.meaning': '의미',
  'diagnose.next': '다음에 확인할 것',
  'diagnose.reproduce': '시뮬레이터에서 재현',
  'diagnose.reproduced': '“{title}” 시나리오를 시뮬레이터에 열었습니다.',
  'diagnose.error.empty': '먼저 출력 내용을 붙여 넣으세요.',
  'diagnose.error.garbage':
    '{lines}줄에서 TCP 소켓 줄을 찾지 못했습니다. netstat -ant, ss -tan, Windows netstat -an 또는 macOS netstat -an -p tcp 출력이 필요합니다.',
  'diagnose.evidence.text':
    '소켓 {count}개, 대부분 {port} 포트, 원격 주소 {remotes}곳에서 옴(가장 많은 곳: {remote}).',
  'diagnose.evidence.timeWait':
    '이 호스트의 임시 포트에서 {remote}:{port}(으)로 향하는 TIME_WAIT 소켓 {count}개: 기본 범위(28,232개 포트)의 {percent}%입니다.',
  'diagnose.pattern.syn-recv': 'SYN_RECV 누적',
  'diagnose.meaning.syn-recv':
    '완료되지 않는 핸드셰이크가 SYN 큐를 채우고 있습니다. SYN 플러딩 공격(대개 위조된 여러 주소에서 옴)이거나, 애플리케이션이 accept()를 충분히 빨리 하지 않아 accept 큐가 가득 찬 경우입니다. 그러면 정상 클라이언트가 타임아웃됩니다.',
  'diagnose.pattern.close-wait': 'CLOSE_WAIT 누적',
  'diagnose.meaning.close-wait':
    '상대편은 연결을 닫았는데 이 호스트의 애플리케이션이 close()를 호출하지 않습니다. 소켓이나 디스크립터를 누수하는 버그입니다. 프로세스가 닫거나 종료될 때까지 소켓이 남습니다.',
  'diagnose.pattern.time-wait-ports': '임시 포트 범위에 가까운 TIME_WAIT',
  'diagnose.meaning.time-wait-ports':
    '이 호스트가 한 서버로 짧은 연결을 많이 맺고 먼저 닫기 때문에 출발지 포트마다 60초씩 TIME_WAIT로 기다립니다. 범위가 바닥나면 connect()가 “Cannot assign requested address”(EADDRNOTAVAIL)로 실패합니다.',
  'diagnose.pattern.fin-wait-1': 'FIN_WAIT_1 대량 발생',
  'diagnose.meaning.fin-wait-1':
    '이 호스트가 보낸 FIN에 아무도 ACK하지 않습니다. 상대가 사라졌거나 경로에서 패킷이 버려지는 경우로, 클라이언트가 많은 서버가 종료될 때 흔합니다. tcp_orphan_retries가 포기할 때까지 FIN을 재전송합니다.',
  'diagnose.pattern.fin-wait-2': 'FIN_WAIT_2 대량 발생',
  'diagnose.meaning.fin-wait-2':
    '이 호스트가 닫았고 상대가 ACK했지만 상대는 자기 FIN을 보내지 않습니다. 상대 애플리케이션이 CLOSE_WAIT에 머물러 있습니다. 고아 소켓은 tcp_fin_timeout(60초) 후에 사라집니다.',
  'diagnose.pattern.last-ack': 'LAST_ACK 대량 발생',
  'diagnose.meaning.last-ack':
    '상대가 닫았고 이 호스트가 FIN으로 답했지만 마지막 ACK가 오지 않습니다. 상대가 사라졌습니다(강제 종료된 부하 테스트 클라이언트, 다운된 호스트). 호스트가 포기할 때까지 FIN을 재전송합니다.',
  'diagnose.pattern.syn-sent-one': '한 주소로 향하는 SYN_SENT',
  'diagnose.meaning.syn-sent-one':
    '{remote}(으)로의 연결이 응답을 받지 못합니다. 방화벽이 SYN을 버리고 있거나(리스너가 없다면 즉시 RST가 옴) 호스트가 꺼져 있습니다. connect()는 재시도하다가 ETIMEDOUT으로 끝납니다.',
  'diagnose.pattern.syn-sent-many': '여러 주소로 향하는 SYN_SENT',
  'diagnose.meaning.syn-sent-many':
    '이 호스트가 서로 다른 {remotes}곳의 주소에 한꺼번에 연결하려 하고 응답은 거의 없습니다. 스캐너나 웜이거나, 목적지에 도달할 수 없는 클라이언트입니다.',
  'diagnose.pattern.stale-established': '끝나지 않는 ESTABLISHED',
  'diagnose.meaning.stale-established':
    '확인받지 못한 데이터(Send-Q)나 재전송 타이머가 있는 연결입니다. 클라이언트가 FIN 없이 사라졌습니다(전원 차단, 링크 끊김). keepalive가 없으면 이런 소켓은 재전송이 포기될 때까지(약 15분), 유휴 상태라면 영원히 ESTABLISHED로 남습니다.',
};

const zhCN: Table = {
  'diagnose.title': '诊断 netstat 或 ss 输出',
  'diagnose.paste':
    '粘贴 netstat -ant、ss -tan、Windows netstat -an 或 macOS netstat -an -p tcp 的输出',
  'diagnose.run': '诊断',
  'diagnose.close': '关闭',
  'diagnose.summary': '读取了 {total} 个 TCP 套接字（{format}）；跳过了 {skipped} 行其他内容。',
  'diagnose.byState': '按状态',
  'diagnose.byLocalPort': '按本地端口',
  'diagnose.byRemote': '按远端地址',
  'diagnose.state': '状态',
  'diagnose.port': '端口',
  'diagnose.address': '地址',
  'diagnose.count': '套接字数',
  'diagnose.findings': '诊断结果',
  'diagnose.none': '没有已知模式：没有哪个状态堆积得比健康的主机更多。',
  'diagnose.evidence': '证据',
  'diagnose.meaning': '含义',
  'diagnose.next': '下一步检查',
  'diagnose.reproduce': '在模拟器中重现',
  'diagnose.reproduced': '已在模拟器中打开“{title}”。',
  'diagnose.error.empty': '请先粘贴输出内容。',
  'diagnose.error.garbage':
    '在 {lines} 行中没有找到 TCP 套接字行。需要 netstat -ant、ss -tan、Windows netstat -an 或 macOS netstat -an -p tcp 的输出。',
  'diagnose.evidence.text':
    '{count} 个套接字，大多在端口 {port}，来自 {remotes} 个远端地址（最多的是 {remote}）。',
  'diagnose.evidence.timeWait':
    '本机临时端口到 {remote}:{port} 的 TIME_WAIT 套接字有 {count} 个：占默认范围（28,232 个端口）的 {percent}%。',
  'diagnose.pattern.syn-recv': 'SYN_RECV 堆积',
  'diagnose.meaning.syn-recv':
    '无法完成的握手占满了 SYN 队列：可能是 SYN 洪水攻击（通常来自大量伪造的地址），也可能是应用 accept() 不够快导致 accept 队列已满。真正的客户端随后会超时。',
  'diagnose.pattern.close-wait': 'CLOSE_WAIT 堆积',
  'diagnose.meaning.close-wait':
    '对端已经关闭了连接，而本机的应用从不调用 close()：这是一个缺陷（泄漏了套接字或文件描述符）。这些套接字会一直存在，直到进程关闭它们或退出。',
  'diagnose.pattern.time-wait-ports': 'TIME_WAIT 接近临时端口范围',
  'diagnose.meaning.time-wait-ports':
    '本机向同一台服务器发起大量短连接并先关闭，每个源端口都要在 TIME_WAIT 中等待 60 秒。端口用尽后，connect() 会以“Cannot assign requested address”（EADDRNOTAVAIL）失败。',
  'diagnose.pattern.fin-wait-1': '大量 FIN_WAIT_1',
  'diagnose.meaning.fin-wait-1':
    '本机发出的 FIN 没有得到确认：对端已经消失或路径丢包，常见于拥有大量客户端的服务器关闭时。FIN 会被重传，直到 tcp_orphan_retries 放弃。',
  'diagnose.pattern.fin-wait-2': '大量 FIN_WAIT_2',
  'diagnose.meaning.fin-wait-2':
    '本机已关闭且对端已确认，但对端从不发送自己的 FIN：它的应用停在 CLOSE_WAIT。孤儿套接字会在 tcp_fin_timeout（60 秒）后消失。',
  'diagnose.pattern.last-ack': '大量 LAST_ACK',
  'diagnose.meaning.last-ack':
    '对端关闭后本机回了 FIN，但最后的 ACK 一直没来：对端已经不在了（被杀掉的压测客户端、崩溃的主机）。FIN 会被重传，直到本机放弃。',
  'diagnose.pattern.syn-sent-one': '发往同一地址的 SYN_SENT',
  'diagnose.meaning.syn-sent-one':
    '发往 {remote} 的连接得不到应答：防火墙丢弃了 SYN（若只是没有监听，会立即收到 RST），或者主机已宕机。connect() 会重试，最终以 ETIMEDOUT 结束。',
  'diagnose.pattern.syn-sent-many': '发往大量地址的 SYN_SENT',
  'diagnose.meaning.syn-sent-many':
    '本机同时尝试连接 {remotes} 个不同的地址，却很少有应答：可能是扫描器或蠕虫，或者客户端的目的地不可达。',
  'diagnose.pattern.stale-established': '永不结束的 ESTABLISHED',
  'diagnose.meaning.stale-established':
    '这些连接有未确认的数据（Send-Q）或重传定时器：客户端没有发 FIN 就消失了（断电、链路中断）。没有 keepalive 时，这样的套接字会一直保持 ESTABLISHED，直到重传放弃（约 15 分钟）；空闲的则永远不会结束。',
};

export const diagnoseStrings: Record<'en' | 'ko' | 'zh-CN', Table> = { en, ko, 'zh-CN': zhCN };
