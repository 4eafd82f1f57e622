/**
 * The teaching content in English: what each state means, who sees it, how long it lasts, what a
 * pile of sockets in it tells an operator; why each transition happens; why each segment is sent.
 *
 * Facts follow docs/tcp-reference.md (RFC 9293 and the Linux sources it cites); the operator
 * advice follows the operators' notes the project started from. Placeholders are `{name}`;
 * notation such as `<SEQ=100><CTL=SYN>` stays as the RFC writes it.
 */
import type { SendReason } from '../../sim/segment';
import type { TcpState } from '../../sim/state';
import type { StateCause } from '../../sim/trace';
import type { TransitionId } from '../transitions';
import type { StateExplanation, TeachContent, UiKey } from './types';

export const stateContent: Record<TcpState, StateExplanation> = {
  CLOSED: {
    meaning:
      'No connection. RFC 9293 calls CLOSED fictional: it is the state of a connection that has no TCB (no record in the kernel) at all.',
    side: 'Both sides: before the application opens a socket, and after the connection is over.',
    duration:
      'Not a waiting state. A connection that reaches CLOSED is deleted, so netstat stops listing it.',
    inBulk: {
      what: 'CLOSED never piles up: a closed connection no longer exists.',
      cause:
        'When connections seem to vanish, what matters is the transition that ended them: the normal close, a RST, or a timeout.',
      fix: 'Nothing to fix in CLOSED itself; follow the connection back to the state it left.',
    },
    spellings:
      'Linux netstat prints CLOSE and ss prints UNCONN for a socket that is neither listening nor connected. Solaris names two steps before a connection: IDLE (a socket not yet bound to a port) and BOUND (bound, not yet listening or connecting).',
  },
  LISTEN: {
    meaning:
      'A server socket waiting for connection requests on its port, after listen(). It never carries data itself: each SYN it accepts starts a new socket for that connection.',
    side: 'Only the server (the passive opener).',
    duration:
      'As long as the server runs. netstat -ant shows it with the foreign address 0.0.0.0:*; in ss, Recv-Q is the number of connections waiting for accept() and Send-Q the backlog.',
    inBulk: {
      what: 'Each open port has one LISTEN socket, so many LISTEN lines mean many open ports: the machine’s attack surface.',
      cause:
        'Every service that runs here, and anything unwanted that opened a port, such as a forgotten daemon or a backdoor.',
      fix: 'Check which program owns each port (netstat -nlpt or ss -ltnp) and stop what you do not need. If a listener’s Recv-Q stays at its backlog, the application is not calling accept() fast enough.',
    },
    spellings: 'Windows netstat prints LISTENING; everything else prints LISTEN.',
  },
  SYN_SENT: {
    meaning:
      'The client has called connect(): it sent a SYN with its initial sequence number and waits for the server’s SYN,ACK.',
    side: 'The client (the active opener).',
    duration:
      'One round trip, too short to see when the server answers. Without an answer Linux resends the SYN 1, 2, 3, 4 and 5 s after connect() (tcp_syn_linear_timeouts = 4: one second apart), then waits twice as long each time: 7, 11, 19, 35 and 67 s; connect() fails at 131 s (tcp_syn_retries = 6). Kernels before 6.5 doubled from the start: 1, 3, 7, 15, 31, 63 s, giving up at 127 s. A RST ends it at once: "Connection refused".',
    inBulk: {
      what: 'Connections that stay in SYN_SENT get no answer at all from the other side.',
      cause:
        'A firewall drops the SYNs, the host is down or unreachable, or nothing listens there and the host stays silent instead of answering RST. Many SYN_SENT to many addresses also come from a port scanner, or from a worm on this machine scanning for victims.',
      fix: 'Check on the server that the service listens (ss -ltn) and ask whoever runs the firewalls whether the port is allowed; netstat alone cannot tell a missing listener from a dropping firewall. If nothing here should be connecting out, find the process (netstat -nap): it may be malware.',
    },
    spellings: 'SYN_SENT almost everywhere; ss writes SYN-SENT, the RFC SYN-SENT.',
  },
  SYN_RECEIVED: {
    meaning:
      'A SYN has arrived and been answered with SYN,ACK; the socket waits for the ACK that completes the three-way handshake. (In a simultaneous open, both sides pass through it.)',
    side: 'The server (the passive opener); both sides in a simultaneous open.',
    duration:
      'One round trip. Without the ACK, Linux resends the SYN,ACK 1, 3, 7, 15 and 31 s later and drops the half-open connection at 63 s (tcp_synack_retries = 5).',
    inBulk: {
      what: 'A SYN flood: SYNs arrive, often from forged addresses, and the handshakes never complete, so the half-open connections fill the SYN queue and real clients cannot get in.',
      cause:
        'A denial-of-service attack, or clients that never receive the SYN,ACK (a firewall or a broken route dropping the return traffic).',
      fix: 'Keep SYN cookies on (net.ipv4.tcp_syncookies = 1, the Linux default): with the queue full, the server answers with a cookie and keeps no state. Raise the listen backlog, net.core.somaxconn and tcp_max_syn_backlog. If the flood comes from real addresses, block them.',
    },
    spellings:
      'Linux netstat prints SYN_RECV and ss SYN-RECV; Windows and Solaris print SYN_RECEIVED; FreeBSD and macOS SYN_RCVD; the RFC writes SYN-RECEIVED.',
  },
  ESTABLISHED: {
    meaning:
      'The handshake is complete: both sides can send and receive data. This is the normal state of a working connection.',
    side: 'Both sides.',
    duration:
      'As long as the connection is in use. TCP has no idle timeout of its own; keepalive probes (off unless the application asks, first probe after 2 hours) are its only way to notice a peer that has vanished.',
    inBulk: {
      what: 'Many ESTABLISHED connections are normal on a busy server. Two cases are not: the application fails while its connections are ESTABLISHED, and connections stay ESTABLISHED after their clients are gone.',
      cause:
        'If TCP is ESTABLISHED, TCP worked: a failing application has a problem above it, such as an expired TLS certificate or a hung worker. Stale connections come from clients that vanished without a FIN (power loss, a pulled cable, a NAT that forgot them): the server cannot know until it sends something.',
      fix: 'Read the application’s logs and its protocol (TLS, HTTP) rather than the network. For stale connections, add application timeouts or TCP keepalive (SO_KEEPALIVE with a shorter tcp_keepalive_time), or TCP_USER_TIMEOUT.',
    },
    spellings: 'ESTABLISHED everywhere except ss, which shortens it to ESTAB.',
  },
  FIN_WAIT_1: {
    meaning:
      'This side called close(): it sent its FIN and waits for the peer to acknowledge it. It can still receive data.',
    side: 'The side that closes first (the active closer).',
    duration:
      'One round trip. An unacknowledged FIN is retransmitted; a socket the application has already closed (an orphan) gives up after tcp_orphan_retries, 8 retransmissions: about 100 s at the minimum RTO of 200 ms, longer on a slower path (about 2.5 minutes with a 100 ms round trip), and is deleted.',
    inBulk: {
      what: 'Many FIN_WAIT_1: this side is closing many connections whose peers do not acknowledge.',
      cause:
        'A server shutting down or restarting while many clients are connected, clients that have vanished or become unreachable, or peers whose receive window is full.',
      fix: 'Usually it clears itself as the retransmissions give up. Look for dead or overloaded clients and for packet loss; tcp_orphan_retries shortens how long orphaned sockets keep trying.',
    },
    spellings:
      'Linux netstat prints FIN_WAIT1 (no underscore before the digit); ss FIN-WAIT-1; Windows, FreeBSD and Solaris FIN_WAIT_1.',
  },
  FIN_WAIT_2: {
    meaning:
      'Our FIN has been acknowledged; we wait for the peer’s FIN. The connection is half-closed: the peer may still send us data.',
    side: 'The active closer.',
    duration:
      'Until the peer closes. If our application has closed the socket (an orphan), Linux deletes it after tcp_fin_timeout = 60 s; after shutdown(SHUT_WR) it may wait indefinitely, as a valid receive-only connection.',
    inBulk: {
      what: 'Many FIN_WAIT_2: the peers acknowledged our FINs but never send their own.',
      cause:
        'The application on the other side does not close its sockets: look there, it is probably full of CLOSE_WAIT.',
      fix: 'Fix the peer application. On this side, tcp_fin_timeout bounds how long orphaned sockets wait.',
    },
    spellings:
      'Linux netstat prints FIN_WAIT2; ss FIN-WAIT-2; Windows, FreeBSD and Solaris FIN_WAIT_2.',
  },
  CLOSE_WAIT: {
    meaning:
      'The peer has closed its side: its FIN arrived and was acknowledged. TCP now waits for this application to call close().',
    side: 'The side that did not close first (the passive closer).',
    duration:
      'Up to the application: TCP has no timer here. Normally just long enough to read the end of the stream and close; forever if the application never calls close().',
    inBulk: {
      what: 'Many CLOSE_WAIT is a bug in this application: its peers have closed, but the program never closes its sockets.',
      cause:
        'A connection (file-descriptor) leak: a code path that forgets close(), a pool that never gives connections back, or workers that are hung or blocked.',
      fix: 'Fix the code: close sockets on every path (finally, defer, with), bound the pool, add timeouts. Restarting the process frees them, but they will come back. netstat -nap shows which program holds them.',
    },
    spellings: 'CLOSE_WAIT everywhere; ss and the RFC write CLOSE-WAIT.',
  },
  CLOSING: {
    meaning:
      'Both sides sent a FIN at about the same time (a simultaneous close): the peer’s FIN arrived before the ACK of ours. We acknowledged it and wait for that ACK.',
    side: 'Both sides of a simultaneous close.',
    duration: 'One round trip, then TIME_WAIT. Rarely seen.',
    inBulk: {
      what: 'Many CLOSING sockets are unusual.',
      cause:
        'Both ends keep closing at the same moment, or the ACKs of our FINs are being lost, so the sockets cannot move on.',
      fix: 'Look for packet loss between the hosts; otherwise they clear as the FINs are retransmitted.',
    },
    spellings: 'CLOSING everywhere.',
  },
  LAST_ACK: {
    meaning:
      'The peer closed first, then this application closed too: we sent our FIN and wait for its acknowledgement, the last ACK of the connection.',
    side: 'The passive closer.',
    duration:
      'One round trip. Without the ACK the FIN is retransmitted until the retries run out (tcp_orphan_retries for a closed socket), and then the socket is deleted.',
    inBulk: {
      what: 'Many LAST_ACK: our FINs are not being acknowledged.',
      cause:
        'The peers disappeared right after sending their own FIN. A classic case is a load-test client killed mid-test: the server closes its side and waits for ACKs that never come.',
      fix: 'They clear as the retransmissions give up; look for clients that vanish while closing, or a firewall dropping the final ACKs.',
    },
    spellings: 'LAST_ACK everywhere; ss and the RFC write LAST-ACK.',
  },
  TIME_WAIT: {
    meaning:
      'The connection is over, but the side that closed first keeps its address pair reserved for a while: to resend the last ACK if that was lost and the peer’s FIN comes again, and to let stray old segments die out before the same ports are used again.',
    side: 'The active closer: the side that called close() first, usually the client.',
    duration:
      '2 × MSL in the RFC (MSL is 2 minutes, so 4 minutes); Linux uses a fixed 60 s. A retransmitted FIN restarts the timer.',
    inBulk: {
      what: 'Many TIME_WAIT is normal after many short connections and costs little, until a client opening connections to one server runs out of source ports: connect() fails with EADDRNOTAVAIL, "Cannot assign requested address". With Linux’s default port range 32768 to 60999 (28,232 ports) and 60 s of TIME_WAIT, that happens above about 470 new connections per second to the same address and port.',
      cause:
        'Many short-lived connections closed by this side: HTTP without keep-alive, one connection per request to a database or an API.',
      fix: 'Reuse connections (keep-alive, connection pooling). Widen net.ipv4.ip_local_port_range. net.ipv4.tcp_tw_reuse = 1 lets new outgoing connections take a TIME_WAIT port when TCP timestamps make it safe (the default, 2, allows it on loopback only). Or let the server close first, so TIME_WAIT lands there.',
    },
    spellings: 'TIME_WAIT everywhere; ss and the RFC write TIME-WAIT.',
  },
};

export const edgeContent: Record<TransitionId, string> = {
  'CLOSED-LISTEN':
    'The server calls listen() (a passive OPEN): the socket starts taking connection requests on its port. Nothing is sent.',
  'CLOSED-SYN_SENT':
    'The client calls connect() (an active OPEN): TCP picks an initial sequence number (ISN) and sends a SYN carrying it.',
  'LISTEN-CLOSED':
    'The server closes its listening socket and the port stops taking connections. Linux resets the connections still waiting in its accept queue.',
  'LISTEN-SYN_RECEIVED':
    'A SYN arrives at the listening port: the server picks its own ISN and answers SYN,ACK, acknowledging the client’s ISN + 1. The listener keeps listening; the new state belongs to the new connection.',
  'LISTEN-SYN_SENT':
    'The RFC lets a listening socket send to a named peer, which turns it into an active open. Socket APIs do not offer it; it is rare in practice.',
  'SYN_SENT-SYN_RECEIVED':
    'Simultaneous open: both sides sent a SYN, and each receives the other’s SYN before any SYN,ACK. Each answers SYN,ACK and waits for the ACK of its own SYN.',
  'SYN_SENT-CLOSED':
    'The application gives up before the handshake finishes (close()): the connection is deleted and nothing is sent.',
  'SYN_SENT-ESTABLISHED':
    'The server’s SYN,ACK arrives and acknowledges our SYN: the client sends the last ACK of the three-way handshake and, from its side, the connection is open.',
  'SYN_RECEIVED-ESTABLISHED':
    'The ACK of our SYN arrives: the handshake is complete, and the connection waits in the accept queue until the application calls accept().',
  'SYN_RECEIVED-LISTEN':
    'A valid RST arrives for a half-open connection that came from LISTEN: it is dropped, and the listener carries on as if nothing happened (RFC note 1).',
  'SYN_RECEIVED-FIN_WAIT_1':
    'The application closes before the handshake is complete: TCP sends a FIN once nothing else is queued.',
  'SYN_RECEIVED-CLOSE_WAIT':
    'A FIN arrives with, or right after, the ACK that completes the handshake: the peer has already closed its side. The RFC’s text allows it; the figure does not draw it.',
  'ESTABLISHED-FIN_WAIT_1':
    'The application calls close(), or shutdown() for writing: TCP sends a FIN after any data still queued. This side becomes the active closer.',
  'ESTABLISHED-CLOSE_WAIT':
    'The peer’s FIN arrives: TCP acknowledges it and tells the application the stream has ended (recv() returns 0). The connection is now half-closed: data can still flow from this side until the application closes too.',
  'FIN_WAIT_1-FIN_WAIT_2':
    'The ACK of our FIN arrives: our direction is closed, and we wait for the peer to close its own.',
  'FIN_WAIT_1-CLOSING':
    'The peer’s FIN arrives before the ACK of our FIN: both sides are closing at once (a simultaneous close). We acknowledge it and keep waiting for our ACK.',
  'FIN_WAIT_1-TIME_WAIT':
    'One segment brings both the peer’s FIN and the ACK of our FIN, so FIN_WAIT_2 is skipped (RFC Figure 5, note 2). We acknowledge the FIN and start the TIME_WAIT timer.',
  'FIN_WAIT_2-TIME_WAIT':
    'The peer’s FIN arrives: we send the last ACK and wait in TIME_WAIT, in case that ACK is lost and the FIN comes again.',
  'CLOSE_WAIT-LAST_ACK':
    'The application calls close(): TCP sends its own FIN and waits for the last ACK.',
  'CLOSING-TIME_WAIT':
    'The ACK of our FIN arrives: both FINs are acknowledged, and this side waits in TIME_WAIT.',
  'LAST_ACK-CLOSED':
    'The ACK of our FIN arrives: the connection is over and deleted. The passive closer never enters TIME_WAIT.',
  'TIME_WAIT-CLOSED':
    'The TIME_WAIT timer expires (2 × MSL in the RFC, 60 s on Linux): the connection is deleted and its address pair can be used again.',
  'abort-SYN_SENT':
    'Straight from SYN_SENT to CLOSED: a RST answers our SYN because nothing listens on the port (connect() fails: "Connection refused"), or no answer ever comes and the SYN retries run out ("Connection timed out", 131 s on Linux since 6.5, 127 s before), or the application gives up.',
  'abort-SYN_RECEIVED':
    'A half-open connection is dropped: its SYN,ACK retries ran out (63 s on Linux) without the final ACK, a RST arrived, or Linux found the accept queue full with tcp_abort_on_overflow set. The listener keeps listening.',
  'abort-ESTABLISHED':
    'The connection ends without the FIN exchange: a RST arrived (the peer aborted, or no longer knows the connection), the application aborted or closed with unread data (Linux then sends a RST), or retransmissions went unanswered until TCP gave up (with tcp_retries2 = 15, at least 924.6 s, about 15 minutes at the minimum RTO; longer on a slower path).',
  'abort-FIN_WAIT_1':
    'Our FIN was never acknowledged: its retransmissions ran out (tcp_orphan_retries for a closed socket), or a RST arrived. Typical when a server shuts down with many dead clients.',
  'abort-FIN_WAIT_2':
    'The peer never sent its FIN: Linux deletes an orphaned socket after tcp_fin_timeout (60 s). A RST, or data arriving after close(), ends it too.',
  'abort-CLOSE_WAIT': 'A RST arrived, or the application aborted, before it ever called close().',
  'abort-CLOSING': 'A RST arrived, or the retransmissions of our FIN ran out.',
  'abort-LAST_ACK':
    'The last ACK never came: the FIN’s retransmissions ran out (typical after a load-test client is killed), or a RST arrived.',
  'abort-TIME_WAIT':
    'TIME_WAIT ended early: a new SYN reopened the same address pair (RFC MAY-2; Linux accepts one with higher sequence numbers), tcp_tw_reuse let a new outgoing connection take the port, or a RST arrived (Linux accepts it unless tcp_rfc1337 is set).',
};

export const stateCauses: Record<StateCause, string> = {
  listen: 'The application called listen().',
  connect: 'The application called connect(), and TCP sent a SYN.',
  'rcv-syn': 'A SYN arrived: someone wants to open a connection.',
  'rcv-synack': 'The peer’s SYN,ACK arrived, acknowledging our SYN.',
  'rcv-ack': 'An ACK arrived that acknowledges our SYN: the handshake is complete.',
  'rcv-ack-of-fin': 'An ACK arrived that acknowledges our FIN.',
  'rcv-fin': 'The peer’s FIN arrived: it has no more data to send.',
  'rcv-fin-ack': 'One segment brought the peer’s FIN and acknowledged our FIN.',
  'rcv-rst': 'A RST arrived: the other side refused or reset the connection.',
  close: 'The application called close().',
  shutdown: 'The application called shutdown() for writing.',
  abort: 'The application aborted the connection; TCP sends a RST where the state calls for one.',
  'unread-data':
    'The application closed the socket with received data still unread, so Linux sends a RST instead of a FIN: that data is lost (RFC 2525).',
  'timewait-timeout': 'The TIME_WAIT timer ran out (60 s on Linux, 2 × MSL in the RFC).',
  'finwait2-timeout':
    'The closed socket waited tcp_fin_timeout (60 s) in FIN_WAIT_2 without the peer’s FIN, and Linux deleted it.',
  'retries-exhausted':
    'The retransmissions ran out without an acknowledgement, so TCP gave up on the connection.',
  'synack-retries-exhausted':
    'The SYN,ACK was resent tcp_synack_retries (5) times without an ACK, so the half-open connection was dropped.',
  syncookie:
    'A SYN cookie: with the SYN queue full, the listener answered without keeping any state, and rebuilt the connection from the cookie when the ACK came back.',
  'timewait-reuse':
    'A new connection needed this address pair, so TIME_WAIT ended early (a new SYN with higher sequence numbers, or tcp_tw_reuse).',
  'listener-closed':
    'The listening socket closed while this connection waited in its accept queue, so Linux reset it.',
  'data-after-close':
    'Data arrived after the application had closed the socket; nobody can read it, so Linux resets the connection.',
  'accept-overflow':
    'The accept queue was full and tcp_abort_on_overflow is on, so the connection was reset.',
};

export const segmentReasons: Record<SendReason, string> = {
  connect:
    'Sent because the application called connect(): the SYN opens the connection and carries the client’s initial sequence number.',
  'syn-received':
    'Sent because a SYN reached a listening port: the SYN,ACK carries the server’s initial sequence number and acknowledges the client’s ISN + 1.',
  'handshake-ack': 'Sent because the SYN,ACK arrived: this ACK completes the three-way handshake.',
  'simultaneous-open':
    'Sent because a SYN arrived while our own SYN was unanswered (a simultaneous open): we answer SYN,ACK.',
  data: 'Sent because the application wrote data.',
  'ack-data':
    'Sent because data arrived: the ACK names the next byte this side expects, so the sender can forget what came through.',
  'ack-fin':
    'Sent because the peer’s FIN arrived: a FIN takes one sequence number, so the ACK is its SEQ + 1.',
  close:
    'Sent because the application called close(): the FIN says this side has no more data to send.',
  'close-with-ack':
    'Sent because the application called close() soon after the peer’s FIN arrived. Linux does not acknowledge a FIN at once: it holds the ACK for the delayed-ACK time (40 ms once data has arrived), hoping to send it with something else. The close came in time, so one FIN,ACK both ends this side’s data and acknowledges the peer’s FIN. That is why a Linux server usually closes in three segments, not the four that RFC 793 draws; under the RFC 9293 profile the ACK goes at once and the close has four.',
  shutdown:
    'Sent because the application called shutdown() for writing: a FIN, while the socket can still receive.',
  retransmit:
    'Sent because no acknowledgement came before the retransmission timer expired: the same segment again, and the timer usually doubles. Linux keeps the first four SYN retransmissions one second apart (tcp_syn_linear_timeouts) before it starts doubling.',
  syncookie:
    'Sent because the SYN queue is full: the SYN,ACK’s sequence number is a SYN cookie, so the server keeps no state until the ACK returns.',
  'rst-no-listener':
    'Sent because nothing listens on that port: the host answers the SYN with a RST, and the client’s connect() fails with "Connection refused".',
  'rst-bad-ack':
    'Sent because the segment acknowledges something never sent: it does not belong to any connection here.',
  'rst-abort': 'Sent because the application aborted the connection.',
  'rst-unread-data':
    'Sent because the application closed the socket with data still unread: a RST instead of a FIN tells the peer that data was lost.',
  'rst-data-after-close':
    'Sent because data arrived after the application had closed the socket: nobody will read it.',
  'rst-accept-overflow': 'Sent because the accept queue was full and tcp_abort_on_overflow is on.',
  'rst-listener-closed':
    'Sent because the listening socket closed while this connection still waited to be accepted.',
  'rst-firewall': 'Sent by a firewall rule that rejects the connection instead of dropping it.',
  'rst-embryonic':
    'Sent because a half-open connection (SYN_RECEIVED) got a segment it cannot accept, such as a new SYN; the request is dropped.',
  'challenge-ack':
    'Sent because a RST arrived that is in the window but not exact, or a SYN arrived on a synchronized connection (RFC 5961): this challenge ACK lets a genuine peer prove itself and defeats blind reset attacks.',
  'dup-ack':
    'Sent because a segment arrived out of order or outside the window: the ACK repeats which byte is expected next.',
  'timewait-ack':
    'Sent because the peer’s FIN came again during TIME_WAIT (our last ACK was lost): it is acknowledged again and the timer restarts.',
  flood:
    'Sent by an attacker flooding the server with SYNs from forged addresses: nobody will answer the SYN,ACKs.',
};

export const ui: Record<UiKey, string> = {
  'diagram.title': 'TCP state diagram (RFC 9293, Figure 5)',
  'diagram.description':
    'The states of one socket and the transitions between them. The current state is filled and marked; the transitions taken so far are drawn thick and numbered in order; the last one is highlighted with its label.',
  'diagram.state.closedEnd': 'CLOSED, end of the connection',
  'diagram.state.current': '{name}, current state',
  'diagram.state.visited': '{name}, visited',
  'diagram.edge.name': 'Transition {from} to {to}: {label}',
  'diagram.edge.taken': '{name}, taken at {times}',
  'diagram.edge.last': '{name}, the last transition',
  'diagram.seconds': '{value} s',
  'diagram.showResets': 'Show resets, aborts and timeouts',
  'diagram.caption.last': 'Last transition, at {time}: {from} to {to}, {label}.',
  'diagram.caption.undrawn': 'Last transition, at {time}: {from} to {to} (not in the RFC figure).',
  'diagram.caption.start': 'Now in {state}; no transition yet.',
  'diagram.caption.none': 'No socket selected.',
  'diagram.legend.title': 'Legend',
  'diagram.legend.current': 'current state',
  'diagram.legend.path': 'transitions taken, numbered in order',
  'diagram.legend.last': 'the last transition',
  'diagram.legend.note': 'in the RFC notes or text, not its figure',
  'diagram.legend.abort': 'reset, abort or timeout',
  'explain.empty': 'Select a state or a transition in the diagram to read about it.',
  'explain.meaning': 'What it means',
  'explain.side': 'Who sees it',
  'explain.duration': 'How long it lasts',
  'explain.inBulk': 'When many sockets are in it',
  'explain.bulk.what': 'What it is a sign of',
  'explain.bulk.cause': 'Why it happens',
  'explain.bulk.fix': 'What to do',
  'explain.spellings': 'How systems spell it',
  'explain.spellings.system': 'System',
  'explain.spellings.name': 'Shown as',
  'explain.system.rfc': 'RFC 9293',
  'explain.system.linuxNetstat': 'Linux netstat',
  'explain.system.linuxSs': 'Linux ss',
  'explain.system.windows': 'Windows netstat',
  'explain.system.bsd': 'FreeBSD and macOS netstat',
  'explain.system.solaris': 'Solaris netstat',
  'explain.edge.title': '{from} to {to}',
  'explain.edge.label': 'The RFC’s label',
  'explain.edge.why': 'Why it happens',
  'explain.edge.source': 'Source: {source}.',
  'explain.edge.kind.figure': 'Drawn in RFC 9293 Figure 5.',
  'explain.edge.kind.note': 'Not drawn in the figure; its note 2 adds it.',
  'explain.edge.kind.extra': 'Not drawn in the figure; the RFC’s text allows it.',
  'explain.edge.kind.abort':
    'Not drawn in the figure: its note 3 and text send any state to CLOSED on a RST, an ABORT or a timeout.',
  'explain.edge.taken': 'In this run',
  'explain.edge.takenAt': 'At {time}: {cause}',
  'explain.edge.notTaken': 'Not taken by this socket so far.',
  'predict.title': 'Predict the next step',
  'predict.score': '{correct} of {total}',
  'predict.scoreLabel': 'Score: {correct} of {total} right',
  'predict.streak': 'Streak: {streak}',
  'predict.kind.state': 'Next state',
  'predict.kind.reply': 'The reply',
  'predict.kind.numbers': 'Sequence numbers',
  'predict.prompt.state':
    'Segment #{id} {segment} is about to reach {receiver}, now in {state}. What state will {receiver} be in once it arrives?',
  'predict.prompt.stateNew':
    'Segment #{id} {segment} is about to reach {receiver}, which is listening. What state will the connection it opens be in?',
  'predict.prompt.reply':
    'Segment #{id} {segment} is about to reach {receiver}, now in {state}. What will {receiver} send back?',
  'predict.prompt.numbers':
    'Segment #{id} {segment} is about to reach {receiver}, now in {state}. {receiver} will answer with {replyFlags}. Which numbers will that answer carry?',
  'predict.choices': 'Your prediction',
  'predict.choice.state': '{state}',
  'predict.choice.stays': 'Stays in {state}',
  'predict.choice.noState': 'None: the listener keeps no state for it',
  'predict.choice.flags': '{flags}',
  'predict.choice.nothing': 'Nothing',
  'predict.choice.seqAck': '<SEQ={seq}><ACK={ack}>',
  'predict.choice.seq': '<SEQ={seq}>',
  'predict.answer': 'Answer',
  'predict.reveal': 'Show the answer',
  'predict.next': 'Continue',
  'predict.correct': 'Right.',
  'predict.wrong': 'Not quite.',
  'predict.revealed': 'Here is what happens.',
  'predict.yourAnswer': 'your answer',
  'predict.rightAnswer': 'the right answer',
  'predict.what': 'What happens',
  'predict.why': 'Why',
  'predict.outcome.state': '{receiver} goes from {from} to {to}.',
  'predict.outcome.stays': '{receiver} stays in {state}.',
  'predict.outcome.reply': '{receiver} sends {flags} back (segment #{id}).',
  'predict.outcome.noReply': '{receiver} sends nothing back.',
  'predict.outcome.numbers': '{receiver} answers <SEQ={seq}><ACK={ack}><CTL={flags}>.',
  'predict.outcome.numbersSeq': '{receiver} answers <SEQ={seq}><CTL={flags}>.',
  'predict.explain.noChange': 'Nothing in this segment moves {receiver} out of {state}.',
  'predict.explain.noReplyRst': 'A RST is never answered, not even with another RST.',
  'predict.explain.noReplyAck':
    'Nothing needs acknowledging: the segment carries no data, SYN or FIN, so it takes no sequence numbers, and TCP never acknowledges a bare ACK.',
  'predict.explain.noReplyOther': 'TCP does not answer this segment right away.',
  'predict.explain.numbers':
    'ACK = {dseq} + {consumed} = {ack}: the next sequence number {receiver} expects. Each data byte counts one, a SYN or a FIN one more, a bare ACK nothing. SEQ = {seq}: where {receiver}’s own numbering stands.',
  'predict.explain.numbersIsn':
    'ACK = {dseq} + {consumed} = {ack}: the next sequence number {receiver} expects. Each data byte counts one, a SYN or a FIN one more, a bare ACK nothing. SEQ = {seq}: {receiver}’s own initial sequence number (ISN), which its SYN carries.',
  'predict.explain.numbersRepeat':
    'ACK = {ack}: still the next sequence number {receiver} expects, since segment #{id} did not move it. SEQ = {seq}: where {receiver}’s own numbering stands.',
  'predict.explain.rstSeq':
    'A RST answering a segment that carries an ACK takes that ACK number as its SEQ ({seq}), so the sender finds it in its window and accepts it.',
  'predict.explain.rstAck':
    'A RST answering a segment without an ACK has SEQ 0 and acknowledges the whole segment: ACK = {dseq} + {consumed} = {ack}.',
  'predict.none': 'No more segments to predict in this run.',
};

export const en: TeachContent = { stateContent, edgeContent, stateCauses, segmentReasons, ui };
