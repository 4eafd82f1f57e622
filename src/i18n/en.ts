/**
 * The English texts: the source of truth for every visible string, aria-label and title.
 * Another language is a file `xx.ts` (or `xx-YY.ts`) next to this one whose default export is a
 * `Dictionary`: the same keys, its own words, the same `{params}`.
 * Protocol names (SYN, ESTABLISHED, connect(), ECONNREFUSED) stay as the kernel spells them.
 * The ladder's, netstat panel's, sharing's and teaching frame's texts are parts in ./parts.
 */
import { ladderStrings } from './parts/ladder';
import { netstatStrings } from './parts/netstat';
import { progressStrings } from './parts/progress';
import { screenStrings } from './parts/screen';
import { shareStrings } from './parts/share';
import { teachUiStrings } from './parts/teach';

export const en = {
  ...ladderStrings.en,
  ...netstatStrings.en,
  ...progressStrings.en,
  ...screenStrings.en,
  ...shareStrings.en,
  ...teachUiStrings.en,

  'locale.name': 'English',
  'locale.label': 'Language',

  'app.title': 'TCP handshake simulator',
  'simulator.label': 'TCP connection simulator',
  'simulator.keyboardHint':
    'Keyboard: Space plays or pauses, the left and right arrows step between events.',
  'simulator.running': 'Running the scenario…',
  'simulator.waiting': 'The simulator starts when you scroll to it.',

  'picker.label': 'Scenario',
  'picker.custom': 'Your own scenario',
  'picker.profile': 'Profile',
  'picker.reset': 'Reset',
  'picker.resetTitle': 'Back to the start of the scenario, forgetting recorded actions',
  'profile.linux': 'Linux',
  'profile.rfc9293': 'RFC 9293',

  'card.label': 'About this scenario',
  'card.watch': 'What to watch for',
  'card.netstat': 'What netstat shows',
  'card.conclusion': 'What an operator should conclude',
  'card.kernel': 'On a real Linux kernel',
  'card.kernel.agree':
    'Replayed on Linux {kernel} with real sockets: segments, windows and states agree.',
  'card.kernel.notReplayed':
    'Not replayed on Linux {kernel} yet (docs/kernel-agreement.md says why).',

  'scenario.handshake-and-close.title': "Handshake and close (RFC 793's numbers)",
  'scenario.handshake-and-close.summary':
    'The three-way handshake and the close, with the sequence numbers of RFC 793: the client starts at SEQ 100, the server at SEQ 300. On the Linux profile the close takes three segments, as on a real Linux server; the RFC 9293 profile shows the four of the RFC.',
  'scenario.handshake-and-close.watch':
    "SYN (SEQ 100), SYN+ACK (SEQ 300, ACK 101), ACK (ACK 301): each side acknowledges the other's first sequence number plus one, because a SYN counts as one byte. On close, the side that calls close() first goes through FIN_WAIT_1, FIN_WAIT_2 and TIME_WAIT; the other through CLOSE_WAIT and LAST_ACK.",
  'scenario.handshake-and-close.netstat':
    'ESTABLISHED on both sides while connected. After the close only the client keeps a line: TIME_WAIT for 60 seconds, then nothing.',
  'scenario.handshake-and-close.conclusion':
    'TIME_WAIT belongs to whoever closed first, and it is normal: it goes away on its own after 2MSL (60 s on Linux).',

  'scenario.simultaneous-open.title': 'Simultaneous open (RFC 9293 Figure 7)',
  'scenario.simultaneous-open.summary':
    "Both ends call connect() at the same moment, each to the other's port. Their SYNs cross on the wire.",
  'scenario.simultaneous-open.watch':
    'Each side receives a SYN while in SYN_SENT, answers with SYN+ACK and moves to SYN_RECEIVED; each SYN+ACK then completes the other side. Four segments instead of three, and no listener anywhere.',
  'scenario.simultaneous-open.netstat':
    'SYN_SENT on both sides, then SYN_RECV for one trip, then ESTABLISHED. After the close, TIME_WAIT on the side that closed first.',
  'scenario.simultaneous-open.conclusion':
    'Rare in practice (peer-to-peer hole punching does it on purpose) but legal TCP: a connection needs two sockets, not a client and a server.',

  'scenario.simultaneous-close.title': 'Simultaneous close (CLOSING)',
  'scenario.simultaneous-close.summary':
    'Both applications call close() at the same moment: the two FINs cross on the wire.',
  'scenario.simultaneous-close.watch':
    "Each side is in FIN_WAIT_1 when the other's FIN arrives, so it goes to CLOSING instead of FIN_WAIT_2, then to TIME_WAIT once its own FIN is acknowledged.",
  'scenario.simultaneous-close.netstat':
    'CLOSING on both sides for one trip, then TIME_WAIT on both sides for 60 seconds.',
  'scenario.simultaneous-close.conclusion':
    'CLOSING is rare and brief. If it piles up, FINs are crossing while ACKs get lost: look at the network, not the application.',

  'scenario.no-listener.title': 'Nobody listening: RST',
  'scenario.no-listener.summary':
    'The client connects to port 8080 of the server, where no application listens.',
  'scenario.no-listener.watch':
    "The server's kernel answers the SYN at once with RST+ACK. The client goes from SYN_SENT straight back to CLOSED and connect() fails with ECONNREFUSED after a single round trip.",
  'scenario.no-listener.netstat':
    'Almost nothing: SYN_SENT on the client for one round trip, and no line on the server, where no socket uses that port.',
  'scenario.no-listener.conclusion':
    '"Connection refused" comes fast and means the host is reachable but nothing listens on that port: the service is down or listens elsewhere. Check with netstat -nlpt on the server.',

  'scenario.firewall-drop.title': 'A firewall drops the SYN: SYN_SENT lingers',
  'scenario.firewall-drop.summary':
    'The server listens on port 80, but its firewall silently drops every SYN to that port.',
  'scenario.firewall-drop.watch':
    'No answer at all. The client sends the same SYN (same SEQ) again after 1, 2, 3, 4, 5 seconds, then doubles the wait: 7, 11, 19, 35 and 67 s, and connect() fails with ETIMEDOUT at 131 s (Linux 6.5 and later; older kernels retried at 1, 3, 7, 15, 31, 63 s and gave up at 127 s).',
  'scenario.firewall-drop.netstat':
    'SYN_SENT on the client for two minutes. The server shows only its LISTEN line: the SYNs never reach the socket.',
  'scenario.firewall-drop.conclusion':
    'A lingering SYN_SENT means silence: a firewall dropping packets, a wrong address or a broken route. A slow timeout points to a DROP rule; an instant refusal would point to no listener or a REJECT rule.',

  'scenario.syn-flood.title': 'SYN flood without SYN cookies',
  'scenario.syn-flood.summary':
    'Spoofed SYNs arrive at 100 per second from addresses that never answer. SYN cookies are off.',
  'scenario.syn-flood.watch':
    "Each spoofed SYN leaves a half-open request in SYN_RECEIVED that retries its SYN+ACK into the void. The SYN queue fills, then new SYNs are dropped, including the real client's: its connect() times out.",
  'scenario.syn-flood.netstat':
    'About a hundred SYN_RECV lines on the server, from addresses nobody knows; the client stuck in SYN_SENT.',
  'scenario.syn-flood.conclusion':
    'SYN_RECV in bulk from many sources is a SYN flood. Turn SYN cookies on (net.ipv4.tcp_syncookies = 1) and filter the traffic upstream if it goes on.',

  'scenario.syn-flood-cookies.title': 'SYN flood with SYN cookies',
  'scenario.syn-flood-cookies.summary':
    "The same kind of flood, with SYN cookies on (Linux's default).",
  'scenario.syn-flood-cookies.watch':
    'Once the SYN queue is full the kernel logs "Possible SYN flooding" and answers new SYNs with a cookie hidden in its sequence number, keeping no state. The real client\'s ACK brings the cookie back and its connection is established.',
  'scenario.syn-flood-cookies.netstat':
    'SYN_RECV lines up to one more than the backlog (129 for 128), yet the client reaches ESTABLISHED; dmesg says "Sending cookies".',
  'scenario.syn-flood-cookies.conclusion':
    'With cookies on, a flood costs bandwidth but not the ability to accept connections. The kernel message is the sign that an attack is under way.',

  'scenario.lost-final-ack.title': 'Lost final ACK: why TIME_WAIT waits 2MSL',
  'scenario.lost-final-ack.summary': "The client's last ACK of the close is lost on the wire.",
  'scenario.lost-final-ack.watch':
    'The server, in LAST_ACK, gets no ACK and sends its FIN again. The client, still in TIME_WAIT, can acknowledge it once more and restarts its 2MSL timer. Without TIME_WAIT the client would have answered with a RST.',
  'scenario.lost-final-ack.netstat':
    'LAST_ACK on the server until the second ACK arrives; TIME_WAIT on the client for 60 seconds from the repeated FIN.',
  'scenario.lost-final-ack.conclusion':
    'TIME_WAIT is not a leak: it lets the other side finish its close, and lets stray old segments die out before the same port pair is used again.',

  'scenario.close-wait-leak.title': 'The server never calls close(): CLOSE_WAIT piles up',
  'scenario.close-wait-leak.summary':
    'Twenty clients connect and close after a second. The server application sees end-of-file but never calls close().',
  'scenario.close-wait-leak.watch':
    "The server's kernel acknowledges each client's FIN, so the client moves to FIN_WAIT_2, while the server socket waits in CLOSE_WAIT for its application, for ever. The clients give up after tcp_fin_timeout (60 s); the server's sockets stay.",
  'scenario.close-wait-leak.netstat':
    'CLOSE_WAIT lines accumulating on the server, one per past client; FIN_WAIT2 on the client, gone after a minute.',
  'scenario.close-wait-leak.conclusion':
    'CLOSE_WAIT piling up means the server never calls close(): a bug in the application (a leaked socket), not a network problem. A restart hides it; only a fix in the code cures it.',

  'scenario.port-exhaustion.title': 'Many short connections exhaust the source ports',
  'scenario.port-exhaustion.summary':
    'The client opens a connection to the same server port every millisecond and closes each one first. (A heavy run: it takes a few seconds to compute.)',
  'scenario.port-exhaustion.watch':
    'Every connection the client closes first keeps its port in TIME_WAIT for 60 s. After 28,232 of them (ports 32768 to 60999) connect() fails with EADDRNOTAVAIL until TIME_WAIT sockets expire.',
  'scenario.port-exhaustion.netstat':
    'Tens of thousands of TIME_WAIT lines on the client, all to the same server address and port.',
  'scenario.port-exhaustion.conclusion':
    '"Cannot assign requested address" under load means TIME_WAIT has used up the source ports. Reuse connections (keep-alive, pools), widen ip_local_port_range, or enable tcp_tw_reuse for outgoing connections.',

  'scenario.server-shutdown.title': 'A server shuts down under many clients: FIN_WAIT_1',
  'scenario.server-shutdown.summary':
    'Thirty clients are connected when the network to them fails; then the server application exits and closes every connection.',
  'scenario.server-shutdown.watch':
    'Each server socket sends its FIN and enters FIN_WAIT_1. No ACK ever comes back, so the FIN is sent again at growing intervals until tcp_orphan_retries gives up and the kernel destroys the socket.',
  'scenario.server-shutdown.netstat':
    'Thirty FIN_WAIT1 lines on the server for about two and a half minutes, then none.',
  'scenario.server-shutdown.conclusion':
    'FIN_WAIT1 in bulk means the server closed and its peers do not acknowledge: they are unreachable. The kernel cleans up by itself; lower tcp_orphan_retries if they hold too much.',

  'scenario.killed-load-test.title': 'A killed load-test client: LAST_ACK',
  'scenario.killed-load-test.summary':
    'A load generator with thirty connections is killed: its kernel sends a FIN on each, then the machine drops off the network.',
  'scenario.killed-load-test.watch':
    'The server reads end-of-file, closes its side and enters LAST_ACK. Its FINs are never acknowledged, so it sends them again until it gives up.',
  'scenario.killed-load-test.netstat':
    'Thirty LAST_ACK lines on the server for about two and a half minutes, then none.',
  'scenario.killed-load-test.conclusion':
    'LAST_ACK in bulk means peers closed and vanished before acknowledging: killed load generators or crashed clients. It clears by itself; nothing to fix on the server.',

  'scenario.client-vanishes.title': 'A client vanishes without a FIN: a stale ESTABLISHED',
  'scenario.client-vanishes.summary':
    "The client's machine loses power a second after connecting. It sends nothing: no FIN, no RST.",
  'scenario.client-vanishes.watch':
    "The server's socket stays ESTABLISHED, unaware. Only when the server sends data at 30 s do retransmissions start, backing off to two minutes apart, until tcp_retries2 gives up after about 16 minutes with ETIMEDOUT (924.6 s at the minimum RTO; this path's 100 ms round trip makes it longer).",
  'scenario.client-vanishes.netstat':
    'A normal-looking ESTABLISHED line on the server for a quarter of an hour; once data waits to be acknowledged, its Send-Q stays above zero.',
  'scenario.client-vanishes.conclusion':
    'ESTABLISHED does not mean the peer is alive. An idle connection to a vanished peer can last for ever: use TCP keepalive or application heartbeats to find dead peers.',

  'scenario.half-close.title': 'Half-close: shutdown(SHUT_WR) and data still flowing back',
  'scenario.half-close.summary':
    'The client sends its request and calls shutdown(SHUT_WR) instead of close(): it will send nothing more, but it keeps reading.',
  'scenario.half-close.watch':
    "The client's FIN puts it in FIN_WAIT_2 and the server in CLOSE_WAIT, yet the server goes on sending its 4,000-byte answer and the client reads it. The client still owns its socket, so FIN_WAIT_2 has no timeout here. The server closes at 4 s and the client ends in TIME_WAIT.",
  'scenario.half-close.netstat':
    'FIN_WAIT2 on the client and CLOSE_WAIT on the server while data still flows from the server to the client.',
  'scenario.half-close.conclusion':
    'FIN_WAIT_2 with data flowing back is a healthy half-close. It is a problem only when the other side never closes.',

  'state.CLOSED': 'No connection.',
  'state.LISTEN': 'Waiting for connection requests (after listen()).',
  'state.SYN_SENT': "Sent a SYN (connect()); waiting for the peer's SYN+ACK.",
  'state.SYN_RECEIVED':
    'Received a SYN and answered SYN+ACK; waiting for the last ACK of the handshake.',
  'state.ESTABLISHED': 'Open: data can flow both ways.',
  'state.FIN_WAIT_1': 'This side closed and sent its FIN; waiting for it to be acknowledged.',
  'state.FIN_WAIT_2': 'Our FIN was acknowledged; waiting for the peer to close its side.',
  'state.CLOSE_WAIT': 'The peer closed its side; waiting for this application to call close().',
  'state.CLOSING': 'Both sides sent a FIN at once; waiting for the ACK of ours.',
  'state.LAST_ACK': 'Closed after the peer; waiting for the ACK of our FIN.',
  'state.TIME_WAIT':
    'Closed first; waits 2MSL so a lost last ACK can be sent again and old segments die out.',

  'why.send.connect': 'connect() opens the connection with a SYN',
  'why.send.syn-received': 'a SYN arrived at a listener: it answers SYN+ACK',
  'why.send.handshake-ack': 'the SYN+ACK arrived: this ACK completes the handshake',
  'why.send.simultaneous-open': 'a SYN arrived in SYN_SENT (simultaneous open): it answers SYN+ACK',
  'why.send.data': 'the application called send()',
  'why.send.ack-data': 'acknowledges the data received',
  'why.send.ack-fin': "acknowledges the peer's FIN",
  'why.send.close': 'the application called close(): FIN',
  'why.send.close-with-ack':
    "the application called close() while the ACK of the peer's FIN was held back: one FIN,ACK carries both",
  'why.send.shutdown': 'the application called shutdown(SHUT_WR): FIN',
  'why.send.retransmit': 'no ACK came before the retransmission timeout: sent again',
  'why.send.syncookie': 'the SYN queue is full: SYN+ACK with a SYN cookie, keeping no state',
  'why.send.rst-no-listener': 'nothing listens on that port: reset',
  'why.send.rst-bad-ack': 'it acknowledges something never sent: reset',
  'why.send.rst-abort': 'the application aborted the connection (SO_LINGER 0): reset',
  'why.send.rst-unread-data': 'closed with unread data in the receive queue: reset instead of FIN',
  'why.send.rst-data-after-close': 'data arrived after the application closed: reset',
  'why.send.rst-accept-overflow': 'the accept queue is full and tcp_abort_on_overflow is on: reset',
  'why.send.rst-listener-closed': 'the listener closed before this connection was accepted: reset',
  'why.send.rst-firewall': "a firewall REJECT rule answers in the port's name: reset",
  'why.send.rst-embryonic': 'a half-open connection request is reset',
  'why.send.challenge-ack':
    'a RST inside the window but not exact, or a SYN on a synchronized connection: challenge ACK (RFC 5961)',
  'why.send.dup-ack': 'an old or out-of-window segment: acknowledges what it expects again',
  'why.send.timewait-ack': 'in TIME_WAIT, a repeated FIN is acknowledged again and 2MSL restarts',
  'why.send.flood': 'a spoofed SYN from an attacker that will never answer',

  'why.state.listen': 'the application called listen()',
  'why.state.connect': 'the application called connect()',
  'why.state.rcv-syn': 'a SYN arrived',
  'why.state.rcv-synack': 'a SYN+ACK arrived',
  'why.state.rcv-ack': 'the last ACK of the handshake arrived',
  'why.state.rcv-ack-of-fin': 'our FIN was acknowledged',
  'why.state.rcv-fin': "the peer's FIN arrived",
  'why.state.rcv-fin-ack': "the peer's FIN arrived and acknowledged ours",
  'why.state.rcv-rst': 'a reset arrived',
  'why.state.close': 'the application called close()',
  'why.state.shutdown': 'the application called shutdown(SHUT_WR)',
  'why.state.abort': 'the application aborted the connection',
  'why.state.unread-data': 'closed with unread data: reset',
  'why.state.timewait-timeout': '2MSL elapsed',
  'why.state.finwait2-timeout': 'tcp_fin_timeout elapsed for a socket its application closed',
  'why.state.retries-exhausted': 'retransmissions exhausted: gave up',
  'why.state.synack-retries-exhausted': 'SYN+ACK retries exhausted: the request is dropped',
  'why.state.syncookie': 'a valid SYN cookie came back in the ACK',
  'why.state.timewait-reuse': 'a new SYN reused the ports of a TIME_WAIT connection',
  'why.state.listener-closed': 'its listener was closed',
  'why.state.data-after-close': 'data arrived after close(): reset',
  'why.state.accept-overflow': 'the accept queue was full',

  'drop.rule': 'lost on the wire',
  'drop.loss': 'lost at random on the wire',
  'drop.firewall': 'dropped by the firewall',
  'drop.unreachable': 'nobody there to receive it',
  'drop.queue-full': 'dropped: the SYN queue is full',

  'errno.EOF': 'end of file: the peer closed its side',
  'errno.ECONNREFUSED': 'connection refused',
  'errno.ETIMEDOUT': 'connection timed out',
  'errno.EADDRNOTAVAIL': 'cannot assign requested address',
  'errno.ECONNRESET': 'connection reset by peer',
  'errno.EPIPE': 'broken pipe',
  'errno.ENOTCONN': 'not connected',
  'errno.EBADF': 'no such socket',
  'errno.EAGAIN': 'nothing to accept yet',

  'host.left': 'left',
  'host.right': 'right',
  'host.spoofed': 'a spoofed address',

  'endpoint.label': '{host}, {ip}',
  'endpoint.vanished': 'Gone from the network: sends and receives nothing',
  'endpoint.stalled': 'close() stalled: the application ignores end-of-file',
  'endpoint.noAccept': 'The application does not call accept()',
  'endpoint.noRead': 'The application does not read',
  'endpoint.firewall': 'Firewall on port {port}: {action}',
  'endpoint.firewall.drop': 'drop',
  'endpoint.firewall.reject': 'reject',
  'endpoint.sockets': 'Sockets',
  'endpoint.noSockets': 'No sockets',
  'endpoint.listener': 'Listening socket',
  'endpoint.tuple': '{local} to {remote}',
  'endpoint.queues': 'Recv-Q {recv}, Send-Q {send}',
  'endpoint.orphan': 'closed by its application; the kernel finishes the job',
  'endpoint.error': 'error {error}: {meaning}',
  'endpoint.counts': 'Sockets by state',
  'endpoint.total': '{count} sockets',
  'endpoint.list': 'Socket list',
  'endpoint.listRange': 'sockets {from} to {to} of {count}',
  'endpoint.lagging': 'list as of {time} s',
  'endpoint.app': 'Application',
  'endpoint.appIdle': 'No calls yet',
  'endpoint.kernel': 'Kernel log',
  'endpoint.unnamed': 'socket',

  'call.entry': '{call}() {socket}',
  'call.entryBytes': '{call}({bytes} bytes) {socket}',
  'call.ok': 'ok',
  'call.failed': '{result}: {meaning}',
  'call.at': 'at {time} s',

  'listener.synQueue': 'SYN queue',
  'listener.acceptQueue': 'Accept queue',
  'listener.gauge': '{value} of {max}',
  'listener.cookies': 'SYN cookies',
  'listener.cookiesActive': 'SYN cookies answering: the SYN queue is full',
  'listener.cookiesSent': '{count} cookies sent',
  'listener.synsDropped': '{count} SYNs dropped',
  'listener.backlog': 'backlog {backlog}',

  'timer.retransmit': 'Retransmission timer (RTO)',
  'timer.synack': 'SYN+ACK retry timer',
  'timer.time-wait': 'TIME_WAIT timer (2MSL)',
  'timer.fin-wait-2': 'FIN_WAIT_2 timeout',
  'timer.delayed-ack': 'Delayed ACK (40 ms)',
  'timer.attempt': 'retransmissions so far: {attempt}',
  'timer.left': '{seconds} s left',
  'timer.startedAt': 'started at {time} s',

  'wire.label': 'The wire',
  'wire.empty': 'Nothing on the wire',
  'wire.seq': 'SEQ {seq}',
  'wire.ack': 'ACK {ack}',
  'wire.len': 'LEN {len}',
  'wire.retransmitOf': 'retransmit of #{id}',
  'wire.inFlight': 'in flight',
  'wire.lost': 'lost: {reason}',
  'wire.pressToDrop': 'press to drop',
  'wire.segmentName': '{flags}, {numbers}, from {from}, {status}',
  'wire.segmentAction': '{description} — {action}',
  'wire.more': '{count} more segments in flight, drawn as dots',
  'wire.spoofed': '{count} spoofed SYNs in flight',
  'wire.legend': 'Legend',
  'wire.kind.syn': 'SYN: opens',
  'wire.kind.synack': 'SYN+ACK: accepts',
  'wire.kind.ack': 'ACK',
  'wire.kind.data': 'Data',
  'wire.kind.fin': 'FIN: closes',
  'wire.kind.rst': 'RST: resets',
  'wire.kind.retransmit': 'Retransmission (dashed)',
  'wire.kind.lost': 'Lost',

  'segment.heading': 'Segment #{id}',
  'segment.sentBecause': 'Sent because {why}.',
  'segment.sentAt': 'Sent at {time} s by {from} to {to}.',
  'segment.fate.deliver': 'Arrived at {time} s.',
  'segment.fate.drop': 'Lost at {time} s: {reason}.',
  'segment.fate.none': 'Still on the wire when the run ends.',
  'segment.clear': 'Clear selection',

  'playback.label': 'Playback',
  'playback.play': 'Play',
  'playback.pause': 'Pause',
  'playback.stepBack': 'Previous event',
  'playback.stepForward': 'Next event',
  'playback.speed': 'Speed',
  'playback.speedValue': '{speed}×',
  'playback.timeline': 'Time',
  'playback.timelineValue': '{time} s of {duration} s',
  'playback.clock': '{time} s',
  'playback.clockOf': 'of {duration} s',
  'playback.skipped': '{seconds} s skipped',
  'playback.skippedTitle': 'Nothing happened from {from} s to {to} s, so playback jumped ahead',
  'playback.events': '{count} events',

  'controls.label': 'Do something',
  'controls.hint':
    'Each action happens at the current playback time. Anything recorded after that time is replaced.',
  'controls.recorded': 'Recorded actions: {count}',
  'controls.socket': 'Socket',
  'controls.allSockets': 'every connection (*)',
  'controls.onHost': 'On the {host}',
  'controls.connect': 'connect() to {target}',
  'controls.bytes': 'Bytes',
  'controls.send': 'send()',
  'controls.close': 'close()',
  'controls.shutdown': 'shutdown(SHUT_WR)',
  'controls.abort': 'Abort with RST',
  'controls.stall': 'Stall close()',
  'controls.release': 'Release close()',
  'controls.vanish': 'Let the {host} vanish',
  'controls.network': 'On the wire',
  'controls.dropKind': 'Segment',
  'controls.dropFrom': 'Sent by',
  'controls.dropNext': 'Drop the next one',
  'controls.kind.SYN': 'SYN',
  'controls.kind.SYN,ACK': 'SYN+ACK',
  'controls.kind.ACK': 'ACK',
  'controls.kind.FIN,ACK': 'FIN',
  'controls.kind.data': 'data',
  'controls.firewall': 'Firewall on port {port}',
  'controls.firewall.drop': 'drop (silence)',
  'controls.firewall.reject': 'reject (RST)',
  'controls.firewall.off': 'off',
  'controls.firewallApply': 'Set firewall',
  'controls.flood': 'SYN flood',
  'controls.floodCount': 'SYNs',
  'controls.floodRate': 'per second',
  'controls.floodStart': 'Flood port {port}',
  'controls.cookiesOn': 'Turn SYN cookies on',
  'controls.cookiesOff': 'Turn SYN cookies off',
  'controls.cookiesState': 'SYN cookies are {state}',
  'controls.on': 'on',
  'controls.off': 'off',
  'controls.backlog': 'Backlog',
  'controls.listenAgain': 'listen() again',
  'controls.noSocket': 'no socket yet',

  'message.invalid-scenario': 'This scenario cannot run:',
  'message.invalid-action': 'That action cannot be recorded:',
  'message.dismiss': 'Dismiss',

  'announce.label': 'State changes',
  'announce.change': '{host}: {from} → {to} on {segment}',
  'announce.changeWhy': '{host}: {from} → {to}, {why}',
  'announce.many': '{count} state changes, the last one {last}',

  'views.ladder': 'Ladder diagram',
  'views.netstat': 'netstat on the {host}',
  // The two hosts' tables are two scrolling regions: their names must differ (NetstatView adds
  // the host to the panel's params).
  'netstat.tableRegion': 'Output of {command} on the {host}, scrollable',
} as const;

export default en;
