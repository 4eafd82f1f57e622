/**
 * 한국어 화면 문구. 키는 en.ts와 똑같습니다(parts/의 래더·netstat 문구 키 포함).
 * `{자리표시자}` 이름은 영어 그대로 둡니다. 프로토콜 이름, 상태 이름, 시스템 콜, errno, 명령어,
 * sysctl 이름은 커널이 쓰는 그대로 둡니다.
 * 자리표시자 뒤에는 받침에 따라 바뀌는 조사(은/는, 이/가, 을/를, (으)로)를 붙이지 않고,
 * '에서', '의', '에'처럼 형태가 바뀌지 않는 조사나 '상태', '쪽' 같은 명사를 사이에 둡니다.
 */
import { progressStrings } from './parts/progress';
import { screenKo } from './parts/screen.ko';
import { shareStrings } from './parts/share';
import { teachUiStrings } from './parts/teach';
import type { Dictionary } from './dictionary';

const ko: Dictionary = {
  ...progressStrings.ko,
  ...screenKo,
  ...shareStrings.ko,
  ...teachUiStrings.ko,
  // 래더 다이어그램 (src/ui/Ladder/strings.ts)
  'ladder.title': '{left}, {right} 사이에 오간 세그먼트의 래더 다이어그램',
  'ladder.summary':
    '{from}부터 {to}까지: 세그먼트 {arrows}개를 하나씩 그리고, 세그먼트 묶음 {bands}개를 함께 표시했습니다.',
  'ladder.region': '래더 다이어그램, 시간은 위에서 아래로 흐릅니다',
  'ladder.seconds': '{value}초',
  'ladder.now': '현재 {time}',
  'ladder.gap': '{duration} 후',
  'ladder.otherHosts': '다른 호스트',
  'ladder.retransmitOf': '#{id}의 재전송',
  'ladder.arrowName': '세그먼트 #{id}, {from}에서 {to} 방향, {time}에 보냄: {label}. {fate}',
  'ladder.fate.delivered': '{time}에 도착했습니다.',
  'ladder.fate.dropped': '{time}에 전달되지 못했습니다: {reason}.',
  'ladder.fate.inFlight': '전송 중입니다.',
  'ladder.spoofed': '출발지 주소가 위조되었습니다.',
  'ladder.drop.rule': '규칙에 따라 폐기',
  'ladder.drop.loss': '손실',
  'ladder.drop.firewall': '방화벽',
  'ladder.drop.unreachable': '호스트에 도달할 수 없음',
  'ladder.drop.queue-full': 'SYN 큐가 가득 참',
  'ladder.band.between': '{flags} {count}개, {from}에서 {to} 방향',
  'ladder.band.fromOthers': '다른 호스트에서 온 {flags} {count}개',
  'ladder.band.fromSpoofed': '위조된 출발지에서 온 {flags} {count}개',
  'ladder.band.toOthers': '다른 호스트로 간 {flags} {count}개',
  'ladder.band.dropped': '{count}개 전달 실패',
  'ladder.band.droppedWhy': '{count}개 전달 실패({reason})',
  'ladder.band.segments': '세그먼트',
  'ladder.band.name': '{text}, {from}부터 {to}까지 보냄',
  'ladder.state.bucket': '{state} {count}개',
  'ladder.state.bucketMore': '{state} {count}개 +{more}',
  'ladder.legend': '범례',
  'ladder.legend.syn': 'SYN',
  'ladder.legend.synack': 'SYN+ACK',
  'ladder.legend.ack': 'ACK',
  'ladder.legend.fin': 'FIN',
  'ladder.legend.rst': 'RST',
  'ladder.legend.data': '데이터',
  'ladder.legend.retransmit': '재전송',
  'ladder.legend.drop': '전달 실패',

  // netstat 패널 (src/ui/Netstat/strings.ts)
  'netstat.region': '{host}의 소켓',
  'netstat.command': '명령어',
  'netstat.copy': '텍스트로 복사',
  'netstat.copied': '복사했습니다',
  'netstat.copyFailed': '복사하지 못했습니다: 이 환경에서는 클립보드를 쓸 수 없습니다',
  'netstat.table': '{host}에서 실행한 {command}의 출력: 소켓 {count}개',
  'netstat.seconds': '{value}초',
  'netstat.chart.title': '{host}의 시간에 따른 상태별 소켓 수',
  'netstat.chart.summary': '{time}부터: {counts}.',
  'netstat.chart.summaryEmpty': '{time}부터: 소켓 없음.',
  'netstat.chart.peak': '가장 많았던 때: {time}에 {state} {count}개.',
  'netstat.chart.item': '{state} {count}개',
  'netstat.chart.x': '시간(초)',
  'netstat.chart.y': '소켓 수',
  'netstat.chart.legend': '차트에 표시된 상태',

  'locale.name': '한국어',
  'locale.label': '언어',

  'app.title': 'TCP 핸드셰이크 시뮬레이터',
  'simulator.label': 'TCP 연결 시뮬레이터',
  'simulator.keyboardHint':
    '키보드: Space 키로 재생하거나 일시 정지하고, 왼쪽·오른쪽 화살표 키로 이벤트 사이를 이동합니다.',
  'simulator.running': '시나리오를 실행하는 중…',
  'simulator.waiting': '이 위치까지 스크롤하면 시뮬레이터가 시작됩니다.',

  'picker.label': '시나리오',
  'picker.custom': '직접 만든 시나리오',
  'picker.profile': '프로파일',
  'picker.reset': '초기화',
  'picker.resetTitle': '기록한 동작을 지우고 시나리오의 처음으로 돌아갑니다',
  'profile.linux': 'Linux',
  'profile.rfc9293': 'RFC 9293',

  'card.label': '이 시나리오에 대해',
  'card.watch': '눈여겨볼 점',
  'card.netstat': 'netstat에 보이는 것',
  'card.conclusion': '운영자가 내려야 할 결론',
  'card.kernel': '실제 리눅스 커널에서',
  'card.kernel.agree':
    '리눅스 {kernel}에서 실제 소켓으로 재현: 세그먼트, 윈도와 상태가 일치합니다.',
  'card.kernel.notReplayed':
    '아직 리눅스 {kernel}에서 재현하지 않았습니다 (이유는 docs/kernel-agreement.md).',

  'scenario.handshake-and-close.title': '3-way 핸드셰이크와 연결 종료 (RFC 793의 번호 그대로)',
  'scenario.handshake-and-close.summary':
    'RFC 793의 시퀀스 번호로 보는 3-way 핸드셰이크와 종료입니다. 클라이언트는 SEQ 100, 서버는 SEQ 300에서 시작합니다. Linux 프로필에서는 실제 Linux 서버처럼 종료가 세 세그먼트로 끝나고, RFC 9293 프로필에서는 RFC의 네 세그먼트를 보여 줍니다.',
  'scenario.handshake-and-close.watch':
    'SYN (SEQ 100), SYN+ACK (SEQ 300, ACK 101), ACK (ACK 301): 양쪽 모두 상대의 첫 시퀀스 번호에 1을 더한 값으로 확인 응답합니다. SYN도 1바이트로 치기 때문입니다. 종료할 때는 close()를 먼저 호출한 쪽이 FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT을 거치고, 다른 쪽은 CLOSE_WAIT과 LAST_ACK을 거칩니다.',
  'scenario.handshake-and-close.netstat':
    '연결되어 있는 동안에는 양쪽 모두 ESTABLISHED입니다. 종료한 뒤에는 클라이언트에만 한 줄이 남습니다. 60초 동안 TIME_WAIT으로 있다가 사라집니다.',
  'scenario.handshake-and-close.conclusion':
    'TIME_WAIT은 먼저 닫은 쪽에 남으며, 정상입니다. 2MSL(Linux에서는 60초)이 지나면 저절로 사라집니다.',

  'scenario.simultaneous-open.title': '동시 열기 (RFC 9293 그림 7)',
  'scenario.simultaneous-open.summary':
    '양쪽 끝이 같은 순간에 서로의 포트로 connect()를 호출합니다. 두 SYN이 회선 위에서 엇갈립니다.',
  'scenario.simultaneous-open.watch':
    '양쪽 모두 SYN_SENT 상태에서 SYN을 받고, SYN+ACK로 응답하며 SYN_RECEIVED로 넘어갑니다. 이어서 각자 보낸 SYN+ACK가 상대 쪽의 핸드셰이크를 마무리합니다. 세그먼트는 세 개가 아니라 네 개이고, 리스너는 어디에도 없습니다.',
  'scenario.simultaneous-open.netstat':
    '양쪽 모두 SYN_SENT였다가, 한 번의 왕복 동안 SYN_RECV를 거쳐 ESTABLISHED가 됩니다. 종료한 뒤에는 먼저 닫은 쪽에 TIME_WAIT이 남습니다.',
  'scenario.simultaneous-open.conclusion':
    '실제로는 드물지만(P2P 홀 펀칭은 일부러 이렇게 합니다) 규격에 맞는 TCP입니다. 연결에 필요한 것은 클라이언트와 서버가 아니라 소켓 두 개입니다.',

  'scenario.simultaneous-close.title': '동시 종료 (CLOSING)',
  'scenario.simultaneous-close.summary':
    '두 애플리케이션이 같은 순간에 close()를 호출합니다. 두 FIN이 회선 위에서 엇갈립니다.',
  'scenario.simultaneous-close.watch':
    '상대의 FIN이 도착할 때 양쪽 모두 FIN_WAIT_1 상태이므로, FIN_WAIT_2 대신 CLOSING으로 갑니다. 그리고 자기 FIN이 확인 응답을 받으면 TIME_WAIT으로 넘어갑니다.',
  'scenario.simultaneous-close.netstat':
    '한 번의 왕복 동안 양쪽 모두 CLOSING이고, 그다음 양쪽 모두 60초 동안 TIME_WAIT입니다.',
  'scenario.simultaneous-close.conclusion':
    'CLOSING은 드물고 금방 지나갑니다. 이것이 쌓인다면 FIN이 엇갈리는 사이에 ACK가 손실되고 있다는 뜻입니다. 애플리케이션이 아니라 네트워크를 살펴봐야 합니다.',

  'scenario.no-listener.title': 'LISTEN 중인 소켓 없음: RST',
  'scenario.no-listener.summary':
    '클라이언트가 서버의 8080 포트로 연결하지만, 그 포트에서 LISTEN 중인 애플리케이션이 없습니다.',
  'scenario.no-listener.watch':
    '서버 커널이 SYN에 곧바로 RST+ACK로 응답합니다. 클라이언트는 SYN_SENT에서 바로 CLOSED로 돌아가고, connect()는 한 번의 왕복 만에 ECONNREFUSED로 실패합니다.',
  'scenario.no-listener.netstat':
    '거의 아무것도 보이지 않습니다. 클라이언트에 한 번의 왕복 동안 SYN_SENT가 보일 뿐이고, 그 포트를 쓰는 소켓이 없는 서버에는 아무 줄도 없습니다.',
  'scenario.no-listener.conclusion':
    '"Connection refused"는 빨리 돌아옵니다. 호스트에는 도달했지만 그 포트에서 LISTEN 중인 것이 없다는 뜻입니다. 서비스가 내려가 있거나 다른 포트에서 LISTEN하고 있는 것입니다. 서버에서 netstat -nlpt로 확인합니다.',

  'scenario.firewall-drop.title': '방화벽이 SYN을 DROP: 오래 남는 SYN_SENT',
  'scenario.firewall-drop.summary':
    '서버는 80 포트에서 LISTEN 중이지만, 방화벽이 그 포트로 오는 SYN을 아무 응답 없이 모두 버립니다.',
  'scenario.firewall-drop.watch':
    '응답이 전혀 없습니다. 클라이언트는 1, 2, 3, 4, 5초 뒤에 같은 SYN(같은 SEQ)을 다시 보내고, 그다음부터는 대기 시간을 두 배로 늘려 7, 11, 19, 35, 67초에 보냅니다. 131초에 connect()가 ETIMEDOUT으로 실패합니다(Linux 6.5 이후. 이전 커널은 1, 3, 7, 15, 31, 63초에 재전송하고 127초에 포기했습니다).',
  'scenario.firewall-drop.netstat':
    '클라이언트에는 2분 동안 SYN_SENT가 보입니다. 서버에는 LISTEN 줄만 있습니다. SYN이 소켓까지 닿지 못하기 때문입니다.',
  'scenario.firewall-drop.conclusion':
    '오래 남는 SYN_SENT는 무응답을 뜻합니다. 방화벽이 패킷을 버리거나, 주소가 틀렸거나, 경로가 끊긴 것입니다. 타임아웃이 느리게 온다면 DROP 규칙을, 즉시 거부된다면 LISTEN 중인 소켓이 없거나 REJECT 규칙이 있는 것을 의심합니다.',

  'scenario.syn-flood.title': 'SYN 쿠키 없는 SYN 플러드',
  'scenario.syn-flood.summary':
    '응답하지 않을 주소에서 위조된 SYN이 초당 100개씩 도착합니다. SYN 쿠키는 꺼져 있습니다.',
  'scenario.syn-flood.watch':
    '위조된 SYN마다 SYN_RECEIVED 상태의 반개방(half-open) 연결 요청이 남고, 이 요청은 아무도 받지 않을 SYN+ACK를 계속 재전송합니다. SYN 큐가 가득 차면 새 SYN은 버려지는데, 진짜 클라이언트의 SYN도 예외가 아니어서 그 connect()는 타임아웃됩니다.',
  'scenario.syn-flood.netstat':
    '서버에는 아무도 모르는 주소에서 온 SYN_RECV 줄이 100개쯤 보이고, 클라이언트는 SYN_SENT에 머뭅니다.',
  'scenario.syn-flood.conclusion':
    '여러 출발지에서 온 SYN_RECV가 대량으로 보이면 SYN 플러드입니다. SYN 쿠키를 켜고(net.ipv4.tcp_syncookies = 1), 공격이 계속되면 앞단(업스트림)에서 트래픽을 걸러냅니다.',

  'scenario.syn-flood-cookies.title': 'SYN 쿠키를 켠 상태의 SYN 플러드',
  'scenario.syn-flood-cookies.summary':
    '같은 종류의 플러드지만, 이번에는 SYN 쿠키가 켜져 있습니다(Linux 기본값).',
  'scenario.syn-flood-cookies.watch':
    'SYN 큐가 가득 차면 커널은 "Possible SYN flooding" 로그를 남기고, 새 SYN에는 시퀀스 번호에 쿠키를 숨긴 SYN+ACK로 응답하며 아무 상태도 저장하지 않습니다. 진짜 클라이언트의 ACK가 쿠키를 되돌려 주므로 그 연결은 수립됩니다.',
  'scenario.syn-flood-cookies.netstat':
    'SYN_RECV 줄이 백로그보다 하나 많은 만큼(128이면 129) 쌓이지만 클라이언트는 ESTABLISHED에 도달합니다. dmesg에는 "Sending cookies"가 찍힙니다.',
  'scenario.syn-flood-cookies.conclusion':
    '쿠키가 켜져 있으면 플러드는 대역폭을 잡아먹을 뿐, 연결을 받아들이는 능력까지 빼앗지는 못합니다. 커널 메시지는 공격이 진행 중이라는 신호입니다.',

  'scenario.lost-final-ack.title': '마지막 ACK 손실: TIME_WAIT이 2MSL을 기다리는 이유',
  'scenario.lost-final-ack.summary':
    '연결 종료의 마지막 단계에서 클라이언트가 보낸 ACK가 회선에서 손실됩니다.',
  'scenario.lost-final-ack.watch':
    'LAST_ACK 상태의 서버는 ACK를 받지 못해 FIN을 다시 보냅니다. 아직 TIME_WAIT에 있는 클라이언트는 이 FIN에 한 번 더 확인 응답하고 2MSL 타이머를 새로 시작합니다. TIME_WAIT이 없었다면 클라이언트는 RST로 응답했을 것입니다.',
  'scenario.lost-final-ack.netstat':
    '두 번째 ACK가 도착할 때까지 서버는 LAST_ACK이고, 클라이언트는 다시 받은 FIN 시점부터 60초 동안 TIME_WAIT입니다.',
  'scenario.lost-final-ack.conclusion':
    'TIME_WAIT은 누수가 아닙니다. 상대가 종료를 마칠 수 있게 해 주고, 같은 포트 쌍이 다시 쓰이기 전에 떠돌던 옛 세그먼트가 사라지게 합니다.',

  'scenario.close-wait-leak.title': '서버가 close()를 호출하지 않음: 쌓이는 CLOSE_WAIT',
  'scenario.close-wait-leak.summary':
    '클라이언트 20개가 연결했다가 1초 뒤에 닫습니다. 서버 애플리케이션은 EOF(파일 끝)를 받고도 close()를 호출하지 않습니다.',
  'scenario.close-wait-leak.watch':
    '서버 커널은 각 클라이언트의 FIN에 확인 응답하므로 클라이언트는 FIN_WAIT_2로 넘어갑니다. 반면 서버 소켓은 애플리케이션을 기다리며 CLOSE_WAIT에 영원히 머뭅니다. 클라이언트는 tcp_fin_timeout(60초)이 지나면 포기하지만, 서버의 소켓은 그대로 남습니다.',
  'scenario.close-wait-leak.netstat':
    '서버에는 지나간 클라이언트마다 하나씩 CLOSE_WAIT 줄이 쌓입니다. 클라이언트의 FIN_WAIT2는 1분 뒤에 사라집니다.',
  'scenario.close-wait-leak.conclusion':
    'CLOSE_WAIT이 쌓인다는 것은 서버가 close()를 호출하지 않는다는 뜻입니다. 네트워크 문제가 아니라 애플리케이션의 버그(소켓 누수)입니다. 재시작하면 잠시 가려질 뿐이고, 코드를 고쳐야만 해결됩니다.',

  'scenario.port-exhaustion.title': '짧은 연결이 많아 출발지 포트가 고갈됨',
  'scenario.port-exhaustion.summary':
    '클라이언트가 1밀리초마다 같은 서버 포트로 연결을 열고, 매번 자기가 먼저 닫습니다. (무거운 실행이라 계산에 몇 초 걸립니다.)',
  'scenario.port-exhaustion.watch':
    '클라이언트가 먼저 닫은 연결은 모두 60초 동안 포트를 TIME_WAIT에 묶어 둡니다. 이런 연결이 28,232개(포트 32768~60999)에 이르면, TIME_WAIT 소켓이 만료될 때까지 connect()가 EADDRNOTAVAIL로 실패합니다.',
  'scenario.port-exhaustion.netstat':
    '클라이언트에 TIME_WAIT 줄이 수만 개 보이며, 모두 같은 서버 주소와 포트를 향합니다.',
  'scenario.port-exhaustion.conclusion':
    '부하가 걸린 상황에서 "Cannot assign requested address"가 나온다면 TIME_WAIT이 출발지 포트를 다 써 버린 것입니다. 연결을 재사용하거나(keep-alive, 커넥션 풀), ip_local_port_range를 넓히거나, 나가는 연결에 tcp_tw_reuse를 켭니다.',

  'scenario.server-shutdown.title': '클라이언트가 많이 붙은 서버의 종료: FIN_WAIT_1',
  'scenario.server-shutdown.summary':
    '클라이언트 30개가 연결된 상태에서 클라이언트 쪽으로 가는 네트워크가 끊기고, 이어서 서버 애플리케이션이 종료되면서 모든 연결을 닫습니다.',
  'scenario.server-shutdown.watch':
    '서버 소켓마다 FIN을 보내고 FIN_WAIT_1에 들어갑니다. ACK가 돌아오지 않으므로 FIN을 점점 긴 간격으로 재전송하다가, tcp_orphan_retries에 이르면 포기하고 커널이 소켓을 제거합니다.',
  'scenario.server-shutdown.netstat': '서버에 FIN_WAIT1 줄 30개가 2분 30초쯤 보이다가 사라집니다.',
  'scenario.server-shutdown.conclusion':
    'FIN_WAIT1이 대량으로 보인다면 서버는 연결을 닫았는데 상대가 확인 응답을 하지 않는 것, 즉 상대에 도달할 수 없는 것입니다. 커널이 알아서 정리합니다. 이 소켓들이 자원을 너무 많이 붙잡고 있다면 tcp_orphan_retries를 낮춥니다.',

  'scenario.killed-load-test.title': '강제 종료된 부하 테스트 클라이언트: LAST_ACK',
  'scenario.killed-load-test.summary':
    '연결 30개를 맺은 부하 발생기가 강제 종료(kill)됩니다. 그 머신의 커널이 연결마다 FIN을 보내고, 곧이어 머신이 네트워크에서 사라집니다.',
  'scenario.killed-load-test.watch':
    '서버는 EOF를 읽고 자기 쪽을 닫으며 LAST_ACK에 들어갑니다. 서버의 FIN은 확인 응답을 받지 못하므로, 포기할 때까지 계속 재전송됩니다.',
  'scenario.killed-load-test.netstat': '서버에 LAST_ACK 줄 30개가 2분 30초쯤 보이다가 사라집니다.',
  'scenario.killed-load-test.conclusion':
    'LAST_ACK이 대량으로 보인다면 상대가 연결을 닫고 확인 응답도 하기 전에 사라진 것입니다. 강제 종료된 부하 발생기나 비정상 종료된 클라이언트가 원인입니다. 저절로 정리되므로 서버에서 고칠 것은 없습니다.',

  'scenario.client-vanishes.title': 'FIN 없이 사라진 클라이언트: 죽은 채 남은 ESTABLISHED',
  'scenario.client-vanishes.summary':
    '연결 1초 뒤에 클라이언트 머신의 전원이 꺼집니다. FIN도 RST도, 아무것도 보내지 않습니다.',
  'scenario.client-vanishes.watch':
    '서버 소켓은 아무것도 모른 채 ESTABLISHED로 남습니다. 서버가 30초에 데이터를 보내고 나서야 재전송이 시작되고, 간격이 2분까지 벌어지다가 약 16분 뒤에 tcp_retries2에 이르러 ETIMEDOUT으로 포기합니다(최소 RTO 기준 924.6초이며, 이 경로는 왕복 100ms라 더 깁니다).',
  'scenario.client-vanishes.netstat':
    '서버에 평범해 보이는 ESTABLISHED 줄이 약 15분 동안 남습니다. 확인 응답을 기다리는 데이터가 생긴 뒤로는 Send-Q가 0보다 큰 값에 머뭅니다.',
  'scenario.client-vanishes.conclusion':
    'ESTABLISHED라고 해서 상대가 살아 있다는 뜻은 아닙니다. 사라진 상대와의 유휴 연결은 영원히 남을 수 있습니다. TCP keepalive나 애플리케이션 하트비트로 죽은 상대를 찾아내야 합니다.',

  'scenario.half-close.title': '하프 클로즈: shutdown(SHUT_WR) 뒤에도 반대 방향으로 흐르는 데이터',
  'scenario.half-close.summary':
    '클라이언트가 요청을 보낸 뒤 close() 대신 shutdown(SHUT_WR)을 호출합니다. 더는 보내지 않지만 읽기는 계속합니다.',
  'scenario.half-close.watch':
    '클라이언트의 FIN으로 클라이언트는 FIN_WAIT_2, 서버는 CLOSE_WAIT이 되지만, 서버는 4,000바이트짜리 응답을 계속 보내고 클라이언트는 그것을 읽습니다. 클라이언트가 아직 소켓을 쥐고 있으므로 여기서는 FIN_WAIT_2에 타임아웃이 없습니다. 서버가 4초에 연결을 닫고, 클라이언트는 TIME_WAIT으로 끝납니다.',
  'scenario.half-close.netstat':
    '서버에서 클라이언트로 데이터가 계속 흐르는 동안 클라이언트에는 FIN_WAIT2, 서버에는 CLOSE_WAIT이 보입니다.',
  'scenario.half-close.conclusion':
    '반대 방향으로 데이터가 흐르는 FIN_WAIT_2는 정상적인 하프 클로즈(반이중 종료)입니다. 상대가 끝내 닫지 않을 때만 문제가 됩니다.',

  'state.CLOSED': '연결 없음.',
  'state.LISTEN': '연결 요청을 기다리는 중(listen() 이후).',
  'state.SYN_SENT': 'SYN을 보냄(connect()). 상대의 SYN+ACK를 기다리는 중.',
  'state.SYN_RECEIVED': 'SYN을 받고 SYN+ACK로 응답함. 핸드셰이크의 마지막 ACK를 기다리는 중.',
  'state.ESTABLISHED': '연결됨: 양방향으로 데이터가 흐를 수 있음.',
  'state.FIN_WAIT_1': '이쪽이 닫고 FIN을 보냄. 그 FIN의 확인 응답을 기다리는 중.',
  'state.FIN_WAIT_2': '우리 FIN이 확인 응답을 받음. 상대가 자기 쪽을 닫기를 기다리는 중.',
  'state.CLOSE_WAIT':
    '상대가 자기 쪽을 닫음. 이쪽 애플리케이션이 close()를 호출하기를 기다리는 중.',
  'state.CLOSING': '양쪽이 동시에 FIN을 보냄. 우리 FIN에 대한 ACK를 기다리는 중.',
  'state.LAST_ACK': '상대에 이어 이쪽도 닫음. 우리 FIN에 대한 ACK를 기다리는 중.',
  'state.TIME_WAIT':
    '먼저 닫은 쪽. 손실된 마지막 ACK를 다시 보낼 수 있도록, 그리고 옛 세그먼트가 사라지도록 2MSL 동안 기다림.',

  'why.send.connect': 'connect()가 SYN으로 연결을 시작함',
  'why.send.syn-received': 'LISTEN 소켓에 SYN이 도착해 SYN+ACK로 응답함',
  'why.send.handshake-ack': 'SYN+ACK가 도착함. 이 ACK로 핸드셰이크가 완료됨',
  'why.send.simultaneous-open': 'SYN_SENT 상태에서 SYN이 도착함(동시 열기). SYN+ACK로 응답함',
  'why.send.data': '애플리케이션이 send()를 호출함',
  'why.send.ack-data': '받은 데이터에 확인 응답함',
  'why.send.ack-fin': '상대의 FIN에 확인 응답함',
  'why.send.close': '애플리케이션이 close()를 호출함: FIN',
  'why.send.close-with-ack':
    '상대 FIN에 대한 ACK를 미뤄 두던 중 애플리케이션이 close()를 호출함: FIN,ACK 하나가 둘 다 전달',
  'why.send.shutdown': '애플리케이션이 shutdown(SHUT_WR)을 호출함: FIN',
  'why.send.retransmit': '재전송 타임아웃 전에 ACK가 오지 않아 다시 보냄',
  'why.send.syncookie': 'SYN 큐가 가득 참: 상태를 저장하지 않고 SYN 쿠키를 담은 SYN+ACK로 응답함',
  'why.send.rst-no-listener': '그 포트에서 LISTEN 중인 것이 없음: 리셋',
  'why.send.rst-bad-ack': '보낸 적 없는 것을 확인 응답하는 세그먼트: 리셋',
  'why.send.rst-abort': '애플리케이션이 연결을 중단함(SO_LINGER 0): 리셋',
  'why.send.rst-unread-data': '수신 큐에 읽지 않은 데이터가 남은 채로 닫음: FIN 대신 리셋',
  'why.send.rst-data-after-close': '애플리케이션이 닫은 뒤에 데이터가 도착함: 리셋',
  'why.send.rst-accept-overflow': 'accept 큐가 가득 찼고 tcp_abort_on_overflow가 켜져 있음: 리셋',
  'why.send.rst-listener-closed': '이 연결이 accept되기 전에 리스너가 닫힘: 리셋',
  'why.send.rst-firewall': '방화벽의 REJECT 규칙이 포트를 대신해 응답함: 리셋',
  'why.send.rst-embryonic': '반개방(half-open) 연결 요청을 리셋함',
  'why.send.challenge-ack': '윈도우 안에 예상치 못한 SYN이나 RST가 도착함: 챌린지 ACK(RFC 5961)',
  'why.send.dup-ack': '오래되었거나 윈도우 밖에 있는 세그먼트: 기대하는 번호를 다시 확인 응답함',
  'why.send.timewait-ack': 'TIME_WAIT 중에 다시 온 FIN에 다시 확인 응답하고 2MSL을 새로 시작함',
  'why.send.flood': '절대 응답하지 않을 공격자가 보낸 위조 SYN',

  'why.state.listen': '애플리케이션이 listen()을 호출함',
  'why.state.connect': '애플리케이션이 connect()를 호출함',
  'why.state.rcv-syn': 'SYN이 도착함',
  'why.state.rcv-synack': 'SYN+ACK가 도착함',
  'why.state.rcv-ack': '핸드셰이크의 마지막 ACK가 도착함',
  'why.state.rcv-ack-of-fin': '우리 FIN이 확인 응답을 받음',
  'why.state.rcv-fin': '상대의 FIN이 도착함',
  'why.state.rcv-fin-ack': '상대의 FIN이 우리 FIN에 대한 확인 응답과 함께 도착함',
  'why.state.rcv-rst': '리셋(RST)이 도착함',
  'why.state.close': '애플리케이션이 close()를 호출함',
  'why.state.shutdown': '애플리케이션이 shutdown(SHUT_WR)을 호출함',
  'why.state.abort': '애플리케이션이 연결을 중단함',
  'why.state.unread-data': '읽지 않은 데이터가 남은 채로 닫음: 리셋',
  'why.state.timewait-timeout': '2MSL이 지남',
  'why.state.finwait2-timeout': '애플리케이션이 닫은 소켓에서 tcp_fin_timeout이 지남',
  'why.state.retries-exhausted': '재전송 횟수를 다 써서 포기함',
  'why.state.synack-retries-exhausted': 'SYN+ACK 재시도 횟수를 다 써서 요청을 버림',
  'why.state.syncookie': 'ACK에 유효한 SYN 쿠키가 담겨 돌아옴',
  'why.state.timewait-reuse': '새 SYN이 TIME_WAIT 연결의 포트를 재사용함',
  'why.state.listener-closed': '리스너가 닫힘',
  'why.state.data-after-close': 'close() 뒤에 데이터가 도착함: 리셋',
  'why.state.accept-overflow': 'accept 큐가 가득 참',

  'drop.rule': '회선에서 손실됨',
  'drop.loss': '회선에서 무작위로 손실됨',
  'drop.firewall': '방화벽이 버림',
  'drop.unreachable': '받을 상대가 없음',
  'drop.queue-full': 'SYN 큐가 가득 차서 버려짐',

  'errno.EOF': '파일 끝(EOF): 상대가 자기 쪽을 닫음',
  'errno.ECONNREFUSED': '연결이 거부됨',
  'errno.ETIMEDOUT': '연결 시간 초과',
  'errno.EADDRNOTAVAIL': '요청한 주소를 할당할 수 없음',
  'errno.ECONNRESET': '상대가 연결을 리셋함',
  'errno.EPIPE': '파이프가 깨짐(broken pipe)',
  'errno.ENOTCONN': '연결되어 있지 않음',
  'errno.EBADF': '그런 소켓이 없음',
  'errno.EAGAIN': '아직 accept할 연결이 없음',

  'host.left': '왼쪽',
  'host.right': '오른쪽',
  'host.spoofed': '위조된 주소',

  'endpoint.label': '{host}, {ip}',
  'endpoint.vanished': '네트워크에서 사라짐: 아무것도 보내거나 받지 않음',
  'endpoint.stalled': 'close() 보류: 애플리케이션이 EOF를 무시함',
  'endpoint.noAccept': '애플리케이션이 accept()를 호출하지 않음',
  'endpoint.noRead': '애플리케이션이 데이터를 읽지 않음',
  'endpoint.firewall': '포트 {port} 방화벽: {action}',
  'endpoint.firewall.drop': 'DROP',
  'endpoint.firewall.reject': 'REJECT',
  'endpoint.sockets': '소켓',
  'endpoint.noSockets': '소켓 없음',
  'endpoint.listener': 'LISTEN 소켓',
  'endpoint.tuple': '로컬 {local}, 원격 {remote}',
  'endpoint.queues': 'Recv-Q {recv}, Send-Q {send}',
  'endpoint.orphan': '애플리케이션이 닫은 고아 소켓: 마무리는 커널이 함',
  'endpoint.error': '오류 {error}: {meaning}',
  'endpoint.counts': '상태별 소켓 수',
  'endpoint.total': '소켓 {count}개',
  'endpoint.list': '소켓 목록',
  'endpoint.listRange': '소켓 {count}개 중 {from}~{to}번째',
  'endpoint.lagging': '{time}초 시점의 목록',
  'endpoint.app': '애플리케이션',
  'endpoint.appIdle': '아직 호출 없음',
  'endpoint.kernel': '커널 로그',
  'endpoint.unnamed': '소켓',

  'call.entry': '{call}() {socket}',
  'call.entryBytes': '{call}({bytes}바이트) {socket}',
  'call.ok': '성공',
  'call.failed': '{result}: {meaning}',
  'call.at': '{time}초',

  'listener.synQueue': 'SYN 큐',
  'listener.acceptQueue': 'accept 큐',
  'listener.gauge': '{value}/{max}',
  'listener.cookies': 'SYN 쿠키',
  'listener.cookiesActive': 'SYN 쿠키로 응답 중: SYN 큐가 가득 참',
  'listener.cookiesSent': '쿠키 {count}개 보냄',
  'listener.synsDropped': 'SYN {count}개 버림',
  'listener.backlog': '백로그 {backlog}',

  'timer.retransmit': '재전송 타이머(RTO)',
  'timer.synack': 'SYN+ACK 재시도 타이머',
  'timer.time-wait': 'TIME_WAIT 타이머(2MSL)',
  'timer.fin-wait-2': 'FIN_WAIT_2 타임아웃',
  'timer.delayed-ack': '지연 ACK(40ms)',
  'timer.attempt': '지금까지 재전송 {attempt}회',
  'timer.left': '{seconds}초 남음',
  'timer.startedAt': '{time}초에 시작',

  'wire.label': '회선',
  'wire.empty': '회선 위에 아무것도 없음',
  'wire.seq': 'SEQ {seq}',
  'wire.ack': 'ACK {ack}',
  'wire.len': 'LEN {len}',
  'wire.retransmitOf': '#{id}의 재전송',
  'wire.inFlight': '전송 중',
  'wire.lost': '손실: {reason}',
  'wire.pressToDrop': '누르면 이 세그먼트를 버림',
  'wire.segmentName': '{flags}, {numbers}, 보낸 쪽 {from}, {status}',
  'wire.segmentAction': '{description} — {action}',
  'wire.more': '그 밖에 전송 중인 세그먼트 {count}개(점으로 표시)',
  'wire.spoofed': '전송 중인 위조 SYN {count}개',
  'wire.legend': '범례',
  'wire.kind.syn': 'SYN: 연결 열기',
  'wire.kind.synack': 'SYN+ACK: 연결 수락',
  'wire.kind.ack': 'ACK',
  'wire.kind.data': '데이터',
  'wire.kind.fin': 'FIN: 연결 닫기',
  'wire.kind.rst': 'RST: 리셋',
  'wire.kind.retransmit': '재전송(점선)',
  'wire.kind.lost': '손실',

  'segment.heading': '세그먼트 #{id}',
  'segment.sentBecause': '보낸 이유: {why}.',
  'segment.sentAt': '{time}초에 {from}에서 {to} 쪽으로 보냈습니다.',
  'segment.fate.deliver': '{time}초에 도착했습니다.',
  'segment.fate.drop': '{time}초에 손실되었습니다: {reason}.',
  'segment.fate.none': '실행이 끝날 때까지 회선 위에 남아 있습니다.',
  'segment.clear': '선택 해제',

  'playback.label': '재생 제어',
  'playback.play': '재생',
  'playback.pause': '일시 정지',
  'playback.stepBack': '이전 이벤트',
  'playback.stepForward': '다음 이벤트',
  'playback.speed': '속도',
  'playback.speedValue': '{speed}×',
  'playback.timeline': '시간',
  'playback.timelineValue': '{duration}초 중 {time}초',
  'playback.clock': '{time}초',
  'playback.clockOf': '/ {duration}초',
  'playback.skipped': '{seconds}초 건너뜀',
  'playback.skippedTitle': '{from}초부터 {to}초까지 아무 일도 없어서 그 구간을 건너뛰었습니다',
  'playback.events': '이벤트 {count}개',

  'controls.label': '직접 해 보기',
  'controls.hint':
    '모든 동작은 현재 재생 시점에 일어납니다. 그 시점 이후에 기록되어 있던 동작은 새 동작으로 대체됩니다.',
  'controls.recorded': '기록된 동작: {count}개',
  'controls.socket': '소켓',
  'controls.allSockets': '모든 연결(*)',
  'controls.onHost': '{host}에서',
  'controls.connect': '{target}에 connect()',
  'controls.bytes': '바이트',
  'controls.send': 'send()',
  'controls.close': 'close()',
  'controls.shutdown': 'shutdown(SHUT_WR)',
  'controls.abort': 'RST로 중단',
  'controls.stall': 'close() 보류',
  'controls.release': 'close() 보류 해제',
  'controls.vanish': '{host} 사라지게 하기',
  'controls.network': '회선에서',
  'controls.dropKind': '세그먼트',
  'controls.dropFrom': '보낸 쪽',
  'controls.dropNext': '다음 세그먼트 버리기',
  'controls.kind.SYN': 'SYN',
  'controls.kind.SYN,ACK': 'SYN+ACK',
  'controls.kind.ACK': 'ACK',
  'controls.kind.FIN,ACK': 'FIN',
  'controls.kind.data': '데이터',
  'controls.firewall': '포트 {port} 방화벽',
  'controls.firewall.drop': 'DROP (응답 없음)',
  'controls.firewall.reject': 'REJECT (RST 응답)',
  'controls.firewall.off': '사용 안 함',
  'controls.firewallApply': '방화벽 적용',
  'controls.flood': 'SYN 플러드',
  'controls.floodCount': 'SYN 개수',
  'controls.floodRate': '초당',
  'controls.floodStart': '포트 {port}에 SYN 플러드 보내기',
  'controls.cookiesOn': 'SYN 쿠키 켜기',
  'controls.cookiesOff': 'SYN 쿠키 끄기',
  'controls.cookiesState': 'SYN 쿠키: {state}',
  'controls.on': '켜짐',
  'controls.off': '꺼짐',
  'controls.backlog': '백로그',
  'controls.listenAgain': '다시 listen()',
  'controls.noSocket': '아직 소켓 없음',

  'message.invalid-scenario': '이 시나리오는 실행할 수 없습니다:',
  'message.invalid-action': '이 동작은 기록할 수 없습니다:',
  'message.dismiss': '닫기',

  'announce.label': '상태 변화',
  'announce.change': '{host}: {from} → {to} ({segment} 수신)',
  'announce.changeWhy': '{host}: {from} → {to}, {why}',
  'announce.many': '상태 변화 {count}건, 마지막은 {last}',

  'views.ladder': '래더 다이어그램',
  'views.netstat': '{host}의 netstat',
  // 두 호스트의 표는 각각 스크롤 영역이므로 이름이 달라야 합니다(NetstatView가 host를 넘깁니다).
  'netstat.tableRegion': '{host}에서 실행한 {command}의 출력(스크롤 가능)',
};

export default ko;
