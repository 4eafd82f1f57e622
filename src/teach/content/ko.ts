/**
 * 한국어 교육 콘텐츠: 각 상태의 의미, 어느 쪽에 보이는지, 얼마나 지속되는지, 한 상태에 소켓이
 * 쌓였을 때 운영자가 읽어 내야 할 것, 각 전이가 일어나는 이유, 각 세그먼트를 보내는 이유.
 *
 * 내용은 en.ts와 같습니다(사실과 숫자는 RFC 9293과 Linux 소스 기준). 용어는 국내 실무자들이
 * 쓰는 표현을 따르고, 상태 이름·플래그·시스템 콜·sysctl·errno와 `<SEQ=100><CTL=SYN>` 같은
 * RFC 표기는 원문 그대로 둡니다. 자리표시자 `{name}` 뒤에는 받침에 따라 바뀌는 조사를 붙이지
 * 않습니다.
 */
import type { SendReason } from '../../sim/segment';
import type { TcpState } from '../../sim/state';
import type { StateCause } from '../../sim/trace';
import type { TransitionId } from '../transitions';
import type { StateExplanation, TeachContent, UiKey } from './types';

const stateContent: Record<TcpState, StateExplanation> = {
  CLOSED: {
    meaning:
      '연결이 없는 상태입니다. RFC 9293은 CLOSED를 가상의(fictional) 상태라고 부릅니다. TCB(커널 안의 연결 기록)가 아예 없는 연결의 상태이기 때문입니다.',
    side: '양쪽 모두입니다. 애플리케이션이 소켓을 열기 전, 그리고 연결이 끝난 뒤의 상태입니다.',
    duration:
      '기다리는 상태가 아닙니다. CLOSED에 이른 연결은 삭제되므로 netstat 목록에서도 사라집니다.',
    inBulk: {
      what: 'CLOSED는 쌓이지 않습니다. 닫힌 연결은 더 이상 존재하지 않기 때문입니다.',
      cause:
        '연결이 사라진 것처럼 보일 때 중요한 것은 그 연결을 끝낸 전이입니다. 정상 종료였는지, RST였는지, 타임아웃이었는지를 봐야 합니다.',
      fix: 'CLOSED 자체에는 고칠 것이 없습니다. 연결이 직전에 어떤 상태였는지 거슬러 올라가 살펴봅니다.',
    },
    spellings:
      'LISTEN도 연결도 하지 않은 소켓을 Linux netstat은 CLOSE로, ss는 UNCONN으로 표시합니다. Solaris는 연결 이전의 두 단계에 이름을 붙입니다. IDLE(아직 포트에 바인드되지 않은 소켓)과 BOUND(바인드는 되었지만 아직 LISTEN이나 연결을 하지 않은 소켓)입니다.',
  },
  LISTEN: {
    meaning:
      'listen()을 호출한 서버 소켓이 자기 포트로 들어오는 연결 요청을 기다리는 상태입니다. 이 소켓 자체는 데이터를 주고받지 않습니다. SYN을 하나 받아들일 때마다 그 연결을 위한 새 소켓이 생깁니다.',
    side: '서버(수동 열기, passive open 쪽)에만 나타납니다.',
    duration:
      '서버가 실행되는 동안 계속됩니다. netstat -ant에서는 외부 주소(Foreign Address)가 0.0.0.0:*로 보입니다. ss에서는 Recv-Q가 accept()를 기다리는 연결 수, Send-Q가 백로그입니다.',
    inBulk: {
      what: '열린 포트마다 LISTEN 소켓이 하나씩 있으므로, LISTEN 줄이 많다는 것은 열린 포트가 많다는 뜻이고 곧 그 머신의 공격 표면입니다.',
      cause:
        '이 머신에서 실행 중인 모든 서비스, 그리고 잊힌 데몬이나 백도어처럼 원치 않게 포트를 연 무언가입니다.',
      fix: '각 포트를 어떤 프로그램이 쓰는지 확인하고(netstat -nlpt 또는 ss -ltnp) 필요 없는 것은 중지합니다. 리스너의 Recv-Q가 백로그 값에서 내려오지 않는다면 애플리케이션이 accept()를 충분히 빨리 호출하지 못하고 있는 것입니다.',
    },
    spellings: 'Windows netstat은 LISTENING으로 표시하고, 나머지는 모두 LISTEN으로 표시합니다.',
  },
  SYN_SENT: {
    meaning:
      '클라이언트가 connect()를 호출한 상태입니다. 초기 시퀀스 번호를 담은 SYN을 보내고 서버의 SYN,ACK를 기다립니다.',
    side: '클라이언트(능동 열기, active open 쪽)입니다.',
    duration:
      '한 번의 왕복 시간이라, 서버가 응답하면 눈으로 보기 어려울 만큼 짧습니다. 응답이 없으면 Linux는 connect() 후 1, 2, 3, 4, 5초에 SYN을 다시 보내고(tcp_syn_linear_timeouts = 4: 1초 간격), 그다음부터는 매번 두 배씩 기다려 7, 11, 19, 35, 67초에 보냅니다. connect()는 131초에 실패합니다(tcp_syn_retries = 6). 6.5 이전 커널은 처음부터 두 배씩 늘려 1, 3, 7, 15, 31, 63초에 보내고 127초에 포기했습니다. RST를 받으면 그 즉시 "Connection refused"로 끝납니다.',
    inBulk: {
      what: 'SYN_SENT에 머무는 연결은 상대로부터 아무 응답도 받지 못하고 있습니다.',
      cause:
        '방화벽이 SYN을 버리거나, 호스트가 꺼져 있거나 도달할 수 없거나, 그 포트에 LISTEN 중인 것이 없는데 호스트가 RST로 응답하지 않고 침묵하는 경우입니다. 여러 주소로 향하는 SYN_SENT가 많다면 포트 스캐너일 수도 있고, 이 머신에 들어온 웜이 감염시킬 대상을 찾아 스캔하는 것일 수도 있습니다.',
      fix: '서버에서 서비스가 LISTEN 중인지 확인하고(ss -ltn), 방화벽 담당자에게 그 포트가 허용되어 있는지 물어봅니다. netstat만으로는 리스너가 없는 것인지 방화벽이 버리는 것인지 구분할 수 없습니다. 이 머신에서 밖으로 연결할 일이 없는데도 SYN_SENT가 보인다면 해당 프로세스를 찾아봅니다(netstat -nap). 악성 코드일 수 있습니다.',
    },
    spellings: '거의 모든 곳에서 SYN_SENT입니다. ss는 SYN-SENT로 쓰고, RFC도 SYN-SENT로 씁니다.',
  },
  SYN_RECEIVED: {
    meaning:
      'SYN이 도착해 SYN,ACK로 응답했고, 3-way 핸드셰이크를 마무리할 ACK를 기다리는 상태입니다. (동시 열기에서는 양쪽 모두 이 상태를 거칩니다.)',
    side: '서버(수동 열기 쪽)입니다. 동시 열기에서는 양쪽 모두입니다.',
    duration:
      '한 번의 왕복 시간입니다. ACK가 오지 않으면 Linux는 1, 3, 7, 15, 31초 뒤에 SYN,ACK를 다시 보내고, 63초에 반개방(half-open) 연결을 버립니다(tcp_synack_retries = 5).',
    inBulk: {
      what: 'SYN 플러드입니다. 흔히 위조된 주소에서 SYN이 들어오지만 핸드셰이크는 끝나지 않으므로, 반개방 연결이 SYN 큐를 가득 채워 진짜 클라이언트가 들어오지 못합니다.',
      cause:
        '서비스 거부(DoS) 공격이거나, 클라이언트가 SYN,ACK를 받지 못하는 경우(방화벽이나 잘못된 경로가 돌아가는 트래픽을 버리는 경우)입니다.',
      fix: 'SYN 쿠키를 켜 둡니다(net.ipv4.tcp_syncookies = 1, Linux 기본값). 큐가 가득 차면 서버는 쿠키로 응답하고 아무 상태도 저장하지 않습니다. listen 백로그, net.core.somaxconn, tcp_max_syn_backlog를 늘립니다. 플러드가 실제 주소에서 온다면 그 주소를 차단합니다.',
    },
    spellings:
      'Linux netstat은 SYN_RECV, ss는 SYN-RECV로 표시합니다. Windows와 Solaris는 SYN_RECEIVED, FreeBSD와 macOS는 SYN_RCVD로 표시하고, RFC는 SYN-RECEIVED로 씁니다.',
  },
  ESTABLISHED: {
    meaning:
      '핸드셰이크가 끝나 양쪽 모두 데이터를 보내고 받을 수 있는 상태입니다. 정상적으로 동작하는 연결의 평소 상태입니다.',
    side: '양쪽 모두입니다.',
    duration:
      '연결을 사용하는 동안 계속됩니다. TCP 자체에는 유휴 타임아웃이 없습니다. 사라진 상대를 알아챌 수 있는 유일한 수단은 keepalive 프로브인데, 애플리케이션이 요청하지 않으면 꺼져 있고 첫 프로브는 2시간 뒤에야 나갑니다.',
    inBulk: {
      what: '바쁜 서버에 ESTABLISHED 연결이 많은 것은 정상입니다. 정상이 아닌 경우는 두 가지입니다. 연결은 ESTABLISHED인데 애플리케이션이 실패하는 경우, 그리고 클라이언트가 사라진 뒤에도 연결이 ESTABLISHED로 남는 경우입니다.',
      cause:
        'TCP가 ESTABLISHED라면 TCP는 제 할 일을 다 한 것입니다. 애플리케이션이 실패한다면 문제는 그보다 위에 있습니다. 만료된 TLS 인증서나 멈춘 워커 같은 것입니다. 죽은 채 남은 연결은 FIN 없이 사라진 클라이언트(전원 차단, 뽑힌 케이블, 연결을 잊어버린 NAT)에서 생깁니다. 서버는 무언가를 보내 보기 전까지는 이를 알 수 없습니다.',
      fix: '네트워크보다는 애플리케이션 로그와 그 프로토콜(TLS, HTTP)을 살펴봅니다. 죽은 연결에는 애플리케이션 타임아웃이나 TCP keepalive(SO_KEEPALIVE와 더 짧은 tcp_keepalive_time), 또는 TCP_USER_TIMEOUT을 적용합니다.',
    },
    spellings: 'ss만 ESTAB으로 줄여 쓰고, 나머지는 모두 ESTABLISHED입니다.',
  },
  FIN_WAIT_1: {
    meaning:
      '이쪽이 close()를 호출해 FIN을 보내고, 상대가 그 FIN에 확인 응답하기를 기다리는 상태입니다. 데이터는 여전히 받을 수 있습니다.',
    side: '먼저 닫는 쪽(능동 종료, active close 쪽)입니다.',
    duration:
      '한 번의 왕복 시간입니다. 확인 응답을 받지 못한 FIN은 재전송됩니다. 애플리케이션이 이미 닫은 소켓(고아 소켓, orphan)은 tcp_orphan_retries, 즉 재전송 8회 뒤에 포기하고 삭제됩니다. 최소 RTO 200ms 기준으로 약 100초이고, 경로가 느리면 더 깁니다(왕복 100ms라면 약 2분 30초).',
    inBulk: {
      what: 'FIN_WAIT_1이 많다면 이쪽이 많은 연결을 닫고 있는데 상대들이 확인 응답을 하지 않는 것입니다.',
      cause:
        '많은 클라이언트가 연결된 상태에서 서버가 종료되거나 재시작하는 경우, 클라이언트가 사라졌거나 도달할 수 없게 된 경우, 또는 상대의 수신 윈도우가 가득 찬 경우입니다.',
      fix: '대개는 재전송을 포기하면서 저절로 정리됩니다. 죽었거나 과부하가 걸린 클라이언트, 그리고 패킷 손실이 있는지 살펴봅니다. tcp_orphan_retries를 줄이면 고아 소켓이 재시도하는 시간이 짧아집니다.',
    },
    spellings:
      'Linux netstat은 FIN_WAIT1(숫자 앞에 밑줄 없음), ss는 FIN-WAIT-1, Windows·FreeBSD·Solaris는 FIN_WAIT_1로 표시합니다.',
  },
  FIN_WAIT_2: {
    meaning:
      '우리 FIN이 확인 응답을 받았고, 이제 상대의 FIN을 기다리는 상태입니다. 연결은 한쪽만 닫힌 하프 클로즈(half-close) 상태여서, 상대는 아직 우리에게 데이터를 보낼 수 있습니다.',
    side: '능동 종료 쪽입니다.',
    duration:
      '상대가 닫을 때까지입니다. 우리 애플리케이션이 소켓을 닫았다면(고아 소켓) Linux는 tcp_fin_timeout = 60초 뒤에 삭제합니다. shutdown(SHUT_WR) 뒤라면 수신 전용으로 쓰는 정상적인 연결이므로 무기한 기다릴 수도 있습니다.',
    inBulk: {
      what: 'FIN_WAIT_2가 많다면 상대가 우리 FIN에 확인 응답은 했지만 자기 FIN은 끝내 보내지 않는 것입니다.',
      cause:
        '상대편 애플리케이션이 소켓을 닫지 않고 있습니다. 그쪽을 살펴봐야 합니다. 아마 CLOSE_WAIT으로 가득할 것입니다.',
      fix: '상대편 애플리케이션을 고칩니다. 이쪽에서는 tcp_fin_timeout이 고아 소켓의 대기 시간을 제한합니다.',
    },
    spellings:
      'Linux netstat은 FIN_WAIT2, ss는 FIN-WAIT-2, Windows·FreeBSD·Solaris는 FIN_WAIT_2로 표시합니다.',
  },
  CLOSE_WAIT: {
    meaning:
      '상대가 자기 쪽을 닫은 상태입니다. 상대의 FIN이 도착했고 확인 응답도 보냈습니다. 이제 TCP는 이쪽 애플리케이션이 close()를 호출하기를 기다립니다.',
    side: '먼저 닫지 않은 쪽(수동 종료, passive close 쪽)입니다.',
    duration:
      '애플리케이션에 달려 있습니다. 여기에는 TCP 타이머가 없습니다. 보통은 스트림의 끝을 읽고 닫을 만큼의 짧은 시간이지만, 애플리케이션이 close()를 끝내 호출하지 않으면 영원히 남습니다.',
    inBulk: {
      what: 'CLOSE_WAIT이 많다면 이 애플리케이션의 버그입니다. 상대는 이미 닫았는데, 프로그램이 자기 소켓을 끝내 닫지 않는 것입니다.',
      cause:
        '연결(파일 디스크립터) 누수입니다. close()를 빠뜨린 코드 경로, 연결을 반환하지 않는 풀, 멈추거나 블록된 워커 등이 원인입니다.',
      fix: '코드를 고칩니다. 모든 경로에서 소켓을 닫고(finally, defer, with), 풀의 크기를 제한하고, 타임아웃을 둡니다. 프로세스를 재시작하면 소켓이 풀리지만 다시 쌓입니다. 어떤 프로그램이 붙잡고 있는지는 netstat -nap로 확인합니다.',
    },
    spellings: '모든 곳에서 CLOSE_WAIT입니다. ss와 RFC는 CLOSE-WAIT으로 씁니다.',
  },
  CLOSING: {
    meaning:
      '양쪽이 거의 동시에 FIN을 보낸 상태(동시 종료)입니다. 우리 FIN에 대한 ACK보다 상대의 FIN이 먼저 도착했습니다. 그 FIN에는 확인 응답을 보냈고, 이제 우리 FIN에 대한 ACK를 기다립니다.',
    side: '동시 종료의 양쪽 모두입니다.',
    duration: '한 번의 왕복 시간이 지나면 TIME_WAIT으로 넘어갑니다. 보기 드문 상태입니다.',
    inBulk: {
      what: 'CLOSING 소켓이 많은 것은 이례적입니다.',
      cause:
        '양쪽이 계속 같은 순간에 닫고 있거나, 우리 FIN에 대한 ACK가 손실되고 있어서 소켓이 다음 상태로 넘어가지 못하는 것입니다.',
      fix: '두 호스트 사이에 패킷 손실이 있는지 살펴봅니다. 손실이 없다면 FIN이 재전송되면서 정리됩니다.',
    },
    spellings: '모든 곳에서 CLOSING입니다.',
  },
  LAST_ACK: {
    meaning:
      '상대가 먼저 닫은 뒤 이쪽 애플리케이션도 닫은 상태입니다. 우리 FIN을 보냈고, 그에 대한 확인 응답, 즉 연결의 마지막 ACK를 기다립니다.',
    side: '수동 종료 쪽입니다.',
    duration:
      '한 번의 왕복 시간입니다. ACK가 오지 않으면 재시도 횟수가 다할 때까지 FIN을 재전송하고(닫힌 소켓이라면 tcp_orphan_retries), 그다음 소켓을 삭제합니다.',
    inBulk: {
      what: 'LAST_ACK이 많다면 우리 FIN이 확인 응답을 받지 못하고 있는 것입니다.',
      cause:
        '상대가 자기 FIN을 보낸 직후 사라졌습니다. 전형적인 예가 테스트 도중 강제 종료된 부하 테스트 클라이언트입니다. 서버는 자기 쪽을 닫고, 끝내 오지 않을 ACK를 기다립니다.',
      fix: '재전송을 포기하면서 정리됩니다. 닫는 도중에 사라지는 클라이언트나, 마지막 ACK를 버리는 방화벽이 있는지 살펴봅니다.',
    },
    spellings: '모든 곳에서 LAST_ACK입니다. ss와 RFC는 LAST-ACK으로 씁니다.',
  },
  TIME_WAIT: {
    meaning:
      '연결은 끝났지만, 먼저 닫은 쪽이 그 주소 쌍을 한동안 예약해 두는 상태입니다. 마지막 ACK가 손실되어 상대의 FIN이 다시 오면 ACK를 다시 보내기 위해서, 그리고 같은 포트가 다시 쓰이기 전에 떠돌던 옛 세그먼트가 사라지게 하기 위해서입니다.',
    side: '능동 종료 쪽, 즉 close()를 먼저 호출한 쪽입니다. 보통은 클라이언트입니다.',
    duration:
      'RFC에서는 2 × MSL입니다(MSL이 2분이므로 4분). Linux는 60초로 고정되어 있습니다. 재전송된 FIN이 오면 타이머가 다시 시작됩니다.',
    inBulk: {
      what: '짧은 연결을 많이 맺고 끊은 뒤 TIME_WAIT이 많은 것은 정상이고 비용도 적습니다. 다만 한 서버로 연결을 여는 클라이언트가 출발지 포트를 다 써 버리면 문제가 됩니다. connect()가 EADDRNOTAVAIL, 즉 "Cannot assign requested address"로 실패합니다. Linux 기본 포트 범위 32768~60999(28,232개)와 60초의 TIME_WAIT이라면, 같은 주소와 포트로 초당 약 470개가 넘는 새 연결을 열 때 이런 일이 생깁니다.',
      cause:
        '이쪽이 닫는, 수명이 짧은 연결이 많은 경우입니다. keep-alive 없는 HTTP, 요청마다 새로 맺는 데이터베이스나 API 연결 등입니다.',
      fix: '연결을 재사용합니다(keep-alive, 커넥션 풀링). net.ipv4.ip_local_port_range를 넓힙니다. net.ipv4.tcp_tw_reuse = 1이면 TCP 타임스탬프로 안전이 보장될 때 새로 나가는 연결이 TIME_WAIT 포트를 가져다 쓸 수 있습니다(기본값 2는 루프백에서만 허용합니다). 또는 서버가 먼저 닫게 해서 TIME_WAIT이 서버 쪽에 남게 합니다.',
    },
    spellings: '모든 곳에서 TIME_WAIT입니다. ss와 RFC는 TIME-WAIT으로 씁니다.',
  },
};

const edgeContent: Record<TransitionId, string> = {
  'CLOSED-LISTEN':
    '서버가 listen()을 호출합니다(수동 OPEN). 소켓이 자기 포트로 들어오는 연결 요청을 받기 시작합니다. 아무것도 전송하지 않습니다.',
  'CLOSED-SYN_SENT':
    '클라이언트가 connect()를 호출합니다(능동 OPEN). TCP는 초기 시퀀스 번호(ISN)를 정하고, 그 번호를 담은 SYN을 보냅니다.',
  'LISTEN-CLOSED':
    '서버가 LISTEN 소켓을 닫으면 그 포트는 더 이상 연결을 받지 않습니다. Linux는 accept 큐에서 아직 기다리던 연결을 리셋합니다.',
  'LISTEN-SYN_RECEIVED':
    'LISTEN 중인 포트에 SYN이 도착합니다. 서버는 자기 ISN을 정하고, 클라이언트의 ISN + 1을 확인 응답하는 SYN,ACK로 응답합니다. 리스너는 계속 LISTEN 상태이고, 새 상태는 새로 생긴 연결의 것입니다.',
  'LISTEN-SYN_SENT':
    'RFC는 LISTEN 소켓이 지정한 상대에게 데이터를 보내 능동 열기로 바뀌는 것을 허용합니다. 소켓 API는 이 기능을 제공하지 않으며, 실제로는 드뭅니다.',
  'SYN_SENT-SYN_RECEIVED':
    '동시 열기입니다. 양쪽이 모두 SYN을 보냈고, 어느 쪽도 SYN,ACK를 받기 전에 상대의 SYN을 받습니다. 각자 SYN,ACK로 응답하고 자기 SYN에 대한 ACK를 기다립니다.',
  'SYN_SENT-CLOSED':
    '핸드셰이크가 끝나기 전에 애플리케이션이 포기합니다(close()). 연결은 삭제되고 아무것도 전송하지 않습니다.',
  'SYN_SENT-ESTABLISHED':
    '서버의 SYN,ACK가 도착해 우리 SYN을 확인 응답합니다. 클라이언트는 3-way 핸드셰이크의 마지막 ACK를 보내고, 클라이언트 입장에서는 연결이 열립니다.',
  'SYN_RECEIVED-ESTABLISHED':
    '우리 SYN에 대한 ACK가 도착해 핸드셰이크가 완료됩니다. 연결은 애플리케이션이 accept()를 호출할 때까지 accept 큐에서 기다립니다.',
  'SYN_RECEIVED-LISTEN':
    'LISTEN에서 시작된 반개방 연결에 유효한 RST가 도착합니다. 그 연결은 버려지고, 리스너는 아무 일도 없었던 것처럼 계속 LISTEN합니다(RFC 주석 1).',
  'SYN_RECEIVED-FIN_WAIT_1':
    '핸드셰이크가 완료되기 전에 애플리케이션이 닫습니다. TCP는 큐에 남은 다른 전송이 없어지면 FIN을 보냅니다.',
  'SYN_RECEIVED-CLOSE_WAIT':
    '핸드셰이크를 마무리하는 ACK와 함께, 또는 그 직후에 FIN이 도착합니다. 상대는 이미 자기 쪽을 닫은 것입니다. RFC 본문은 이 전이를 허용하지만 그림에는 그려져 있지 않습니다.',
  'ESTABLISHED-FIN_WAIT_1':
    '애플리케이션이 close()나 쓰기 방향의 shutdown()을 호출합니다. TCP는 아직 큐에 남은 데이터를 모두 보낸 뒤 FIN을 보냅니다. 이쪽이 능동 종료 쪽이 됩니다.',
  'ESTABLISHED-CLOSE_WAIT':
    '상대의 FIN이 도착합니다. TCP는 이에 확인 응답하고, 애플리케이션에 스트림이 끝났음을 알립니다(recv()가 0을 반환). 애플리케이션도 닫을 때까지 연결은 한쪽만 닫힌(하프 클로즈) 상태로 남습니다.',
  'FIN_WAIT_1-FIN_WAIT_2':
    '우리 FIN에 대한 ACK가 도착합니다. 우리 쪽 방향은 닫혔고, 상대가 자기 방향을 닫기를 기다립니다.',
  'FIN_WAIT_1-CLOSING':
    '우리 FIN에 대한 ACK보다 상대의 FIN이 먼저 도착합니다. 양쪽이 동시에 닫고 있는 것입니다(동시 종료). 그 FIN에 확인 응답하고, 우리 FIN에 대한 ACK를 계속 기다립니다.',
  'FIN_WAIT_1-TIME_WAIT':
    '한 세그먼트에 상대의 FIN과 우리 FIN에 대한 ACK가 함께 실려 오므로 FIN_WAIT_2를 건너뜁니다(RFC 그림 5의 주석 2). FIN에 확인 응답하고 TIME_WAIT 타이머를 시작합니다.',
  'FIN_WAIT_2-TIME_WAIT':
    '상대의 FIN이 도착합니다. 마지막 ACK를 보내고, 그 ACK가 손실되어 FIN이 다시 올 경우에 대비해 TIME_WAIT에서 기다립니다.',
  'CLOSE_WAIT-LAST_ACK':
    '애플리케이션이 close()를 호출합니다. TCP는 자기 FIN을 보내고 마지막 ACK를 기다립니다.',
  'CLOSING-TIME_WAIT':
    '우리 FIN에 대한 ACK가 도착합니다. 두 FIN 모두 확인 응답을 받았으므로, 이쪽은 TIME_WAIT에서 기다립니다.',
  'LAST_ACK-CLOSED':
    '우리 FIN에 대한 ACK가 도착합니다. 연결이 끝나고 삭제됩니다. 수동 종료 쪽은 TIME_WAIT에 들어가지 않습니다.',
  'TIME_WAIT-CLOSED':
    'TIME_WAIT 타이머가 만료됩니다(RFC에서는 2 × MSL, Linux에서는 60초). 연결이 삭제되고, 그 주소 쌍을 다시 쓸 수 있게 됩니다.',
  'abort-SYN_SENT':
    'SYN_SENT에서 곧바로 CLOSED로 갑니다. 그 포트에 LISTEN 중인 것이 없어 SYN에 RST가 돌아왔거나(connect() 실패: "Connection refused"), 응답이 끝내 오지 않아 SYN 재시도 횟수를 다 썼거나("Connection timed out", Linux 6.5 이후 131초, 그 전에는 127초), 애플리케이션이 포기한 경우입니다.',
  'abort-SYN_RECEIVED':
    '반개방 연결이 버려집니다. 마지막 ACK 없이 SYN,ACK 재시도 횟수를 다 썼거나(Linux에서는 63초), RST가 도착했거나, tcp_abort_on_overflow가 설정된 상태에서 Linux가 accept 큐가 가득 찬 것을 발견한 경우입니다. 리스너는 계속 LISTEN합니다.',
  'abort-ESTABLISHED':
    'FIN 교환 없이 연결이 끝납니다. RST가 도착했거나(상대가 연결을 중단했거나 더 이상 이 연결을 모르는 경우), 애플리케이션이 연결을 중단했거나 읽지 않은 데이터를 남긴 채 닫았거나(이때 Linux는 RST를 보냅니다), 재전송에 끝내 응답이 없어 TCP가 포기한 경우입니다(tcp_retries2 = 15일 때 최소 924.6초, 최소 RTO 기준 약 15분이며 경로가 느리면 더 깁니다).',
  'abort-FIN_WAIT_1':
    '우리 FIN이 끝내 확인 응답을 받지 못했습니다. 재전송 횟수를 다 썼거나(닫힌 소켓이라면 tcp_orphan_retries), RST가 도착한 경우입니다. 죽은 클라이언트가 많은 상태에서 서버가 종료될 때 흔히 생깁니다.',
  'abort-FIN_WAIT_2':
    '상대가 FIN을 끝내 보내지 않았습니다. Linux는 고아 소켓을 tcp_fin_timeout(60초) 뒤에 삭제합니다. RST가 도착하거나, close() 뒤에 데이터가 도착해도 이 상태가 끝납니다.',
  'abort-CLOSE_WAIT':
    '애플리케이션이 close()를 호출하기도 전에 RST가 도착했거나, 애플리케이션이 연결을 중단했습니다.',
  'abort-CLOSING': 'RST가 도착했거나, 우리 FIN의 재전송 횟수를 다 썼습니다.',
  'abort-LAST_ACK':
    '마지막 ACK가 끝내 오지 않았습니다. FIN의 재전송 횟수를 다 썼거나(부하 테스트 클라이언트를 강제 종료한 뒤에 흔합니다), RST가 도착했습니다.',
  'abort-TIME_WAIT':
    'TIME_WAIT이 일찍 끝났습니다. 새 SYN이 같은 주소 쌍을 다시 열었거나(RFC MAY-2, Linux는 시퀀스 번호가 더 큰 SYN을 받아들입니다), tcp_tw_reuse 덕분에 새로 나가는 연결이 그 포트를 가져갔거나, RST가 도착했습니다(tcp_rfc1337이 설정되어 있지 않으면 Linux는 이 RST를 받아들입니다).',
};

const stateCauses: Record<StateCause, string> = {
  listen: '애플리케이션이 listen()을 호출했습니다.',
  connect: '애플리케이션이 connect()를 호출했고, TCP가 SYN을 보냈습니다.',
  'rcv-syn': 'SYN이 도착했습니다. 누군가 연결을 열려고 합니다.',
  'rcv-synack': '상대의 SYN,ACK가 도착해 우리 SYN을 확인 응답했습니다.',
  'rcv-ack': '우리 SYN을 확인 응답하는 ACK가 도착했습니다. 핸드셰이크가 완료되었습니다.',
  'rcv-ack-of-fin': '우리 FIN을 확인 응답하는 ACK가 도착했습니다.',
  'rcv-fin': '상대의 FIN이 도착했습니다. 상대는 더 보낼 데이터가 없습니다.',
  'rcv-fin-ack': '한 세그먼트에 상대의 FIN과 우리 FIN에 대한 확인 응답이 함께 왔습니다.',
  'rcv-rst': 'RST가 도착했습니다. 상대가 연결을 거부했거나 리셋했습니다.',
  close: '애플리케이션이 close()를 호출했습니다.',
  shutdown: '애플리케이션이 쓰기 방향으로 shutdown()을 호출했습니다.',
  abort: '애플리케이션이 연결을 중단했습니다. 상태에 따라 필요하면 TCP가 RST를 보냅니다.',
  'unread-data':
    '애플리케이션이 받은 데이터를 다 읽지 않은 채 소켓을 닫았으므로, Linux는 FIN 대신 RST를 보냅니다. 읽지 않은 데이터는 사라집니다(RFC 2525).',
  'timewait-timeout': 'TIME_WAIT 타이머가 만료되었습니다(Linux에서는 60초, RFC에서는 2 × MSL).',
  'finwait2-timeout':
    '닫힌 소켓이 상대의 FIN을 받지 못한 채 FIN_WAIT_2에서 tcp_fin_timeout(60초)만큼 기다렸고, Linux가 이 소켓을 삭제했습니다.',
  'retries-exhausted': '확인 응답을 받지 못한 채 재전송 횟수를 다 써서, TCP가 연결을 포기했습니다.',
  'synack-retries-exhausted':
    'ACK를 받지 못한 채 SYN,ACK를 tcp_synack_retries(5)번 다시 보냈으므로, 반개방 연결을 버렸습니다.',
  syncookie:
    'SYN 쿠키입니다. SYN 큐가 가득 차 있어서 리스너는 아무 상태도 저장하지 않고 응답했고, ACK가 돌아오자 쿠키로부터 연결을 복원했습니다.',
  'timewait-reuse':
    '새 연결에 이 주소 쌍이 필요해서 TIME_WAIT이 일찍 끝났습니다(시퀀스 번호가 더 큰 새 SYN, 또는 tcp_tw_reuse).',
  'listener-closed':
    '이 연결이 accept 큐에서 기다리는 동안 LISTEN 소켓이 닫혀서, Linux가 연결을 리셋했습니다.',
  'data-after-close':
    '애플리케이션이 소켓을 닫은 뒤에 데이터가 도착했습니다. 읽을 주체가 없으므로 Linux는 연결을 리셋합니다.',
  'accept-overflow':
    'accept 큐가 가득 찼고 tcp_abort_on_overflow가 켜져 있어서, 연결이 리셋되었습니다.',
};

const segmentReasons: Record<SendReason, string> = {
  connect:
    '애플리케이션이 connect()를 호출해서 보냈습니다. 이 SYN이 연결을 열고, 클라이언트의 초기 시퀀스 번호를 전달합니다.',
  'syn-received':
    'LISTEN 중인 포트에 SYN이 도착해서 보냈습니다. 이 SYN,ACK는 서버의 초기 시퀀스 번호를 담고, 클라이언트의 ISN + 1을 확인 응답합니다.',
  'handshake-ack': 'SYN,ACK가 도착해서 보냈습니다. 이 ACK로 3-way 핸드셰이크가 완료됩니다.',
  'simultaneous-open':
    '우리 SYN이 아직 응답을 받지 못한 사이에 상대의 SYN이 도착해서(동시 열기) 보냈습니다. SYN,ACK로 응답합니다.',
  data: '애플리케이션이 데이터를 써서 보냈습니다.',
  'ack-data':
    '데이터가 도착해서 보냈습니다. ACK는 이쪽이 다음에 기대하는 바이트를 알려 주므로, 송신 쪽은 전달이 끝난 데이터를 잊어도 됩니다.',
  'ack-fin':
    '상대의 FIN이 도착해서 보냈습니다. FIN은 시퀀스 번호 하나를 차지하므로, ACK는 FIN의 SEQ + 1입니다.',
  close:
    '애플리케이션이 close()를 호출해서 보냈습니다. FIN은 이쪽에 더 보낼 데이터가 없다는 뜻입니다.',
  'close-with-ack':
    '상대의 FIN이 도착한 직후 애플리케이션이 close()를 호출해서 보냈습니다. Linux는 FIN을 받자마자 확인 응답하지 않고, 다른 세그먼트에 실어 보낼 수 있기를 기대하며 지연 ACK 시간(데이터를 받은 뒤라면 40ms) 동안 ACK를 미뤄 둡니다. 그 사이에 close()가 호출되었으므로 FIN,ACK 하나가 이쪽 데이터의 끝을 알리면서 상대의 FIN도 확인합니다. 그래서 Linux 서버의 종료는 RFC 793 그림의 네 세그먼트가 아니라 보통 세 세그먼트입니다. RFC 9293 프로필에서는 ACK가 즉시 나가므로 네 세그먼트가 됩니다.',
  shutdown:
    '애플리케이션이 쓰기 방향으로 shutdown()을 호출해서 보냈습니다. FIN을 보내지만, 소켓은 계속 데이터를 받을 수 있습니다.',
  retransmit:
    '재전송 타이머가 만료될 때까지 확인 응답이 오지 않아서 보냈습니다. 같은 세그먼트를 다시 보내고, 타이머는 보통 두 배로 늘어납니다. Linux는 SYN의 처음 네 번 재전송을 1초 간격으로 유지한 뒤(tcp_syn_linear_timeouts) 두 배로 늘리기 시작합니다.',
  syncookie:
    'SYN 큐가 가득 차서 보냈습니다. 이 SYN,ACK의 시퀀스 번호가 SYN 쿠키이므로, 서버는 ACK가 돌아올 때까지 아무 상태도 저장하지 않습니다.',
  'rst-no-listener':
    '그 포트에 LISTEN 중인 것이 없어서 보냈습니다. 호스트는 SYN에 RST로 응답하고, 클라이언트의 connect()는 "Connection refused"로 실패합니다.',
  'rst-bad-ack':
    '받은 세그먼트가 보낸 적도 없는 것을 확인 응답해서 보냈습니다. 그 세그먼트는 이곳의 어떤 연결에도 속하지 않습니다.',
  'rst-abort': '애플리케이션이 연결을 중단해서 보냈습니다.',
  'rst-unread-data':
    '애플리케이션이 읽지 않은 데이터를 남긴 채 소켓을 닫아서 보냈습니다. FIN 대신 RST를 보내 상대에게 데이터가 유실되었음을 알립니다.',
  'rst-data-after-close':
    '애플리케이션이 소켓을 닫은 뒤에 데이터가 도착해서 보냈습니다. 그 데이터를 읽을 주체가 없습니다.',
  'rst-accept-overflow': 'accept 큐가 가득 찼고 tcp_abort_on_overflow가 켜져 있어서 보냈습니다.',
  'rst-listener-closed': '이 연결이 아직 accept를 기다리는 동안 LISTEN 소켓이 닫혀서 보냈습니다.',
  'rst-firewall': '연결을 버리는(DROP) 대신 거부하는(REJECT) 방화벽 규칙이 보냈습니다.',
  'rst-embryonic':
    '반개방 연결(SYN_RECEIVED)이 새 SYN처럼 받아들일 수 없는 세그먼트를 받아서 보냈습니다. 그 연결 요청은 버려집니다.',
  'challenge-ack':
    '윈도우 안에 있지만 정확히 일치하지는 않는 RST나 SYN이 도착해서 보냈습니다(RFC 5961). 이 챌린지 ACK로 진짜 상대는 자신을 증명할 수 있고, 블라인드 리셋 공격은 막힙니다.',
  'dup-ack':
    '순서가 어긋났거나 윈도우 밖에 있는 세그먼트가 도착해서 보냈습니다. ACK는 다음에 기대하는 바이트를 다시 알립니다.',
  'timewait-ack':
    'TIME_WAIT 중에 상대의 FIN이 다시 와서(우리 마지막 ACK가 손실됨) 보냈습니다. 다시 확인 응답하고 타이머를 새로 시작합니다.',
  flood:
    '위조된 주소로 서버에 SYN을 쏟아붓는 공격자가 보냈습니다. 서버의 SYN,ACK에는 아무도 응답하지 않습니다.',
};

const ui: Record<UiKey, string> = {
  'diagram.title': 'TCP 상태 다이어그램 (RFC 9293 그림 5)',
  'diagram.description':
    '소켓 하나의 상태와 상태 사이의 전이를 보여 줍니다. 현재 상태는 색을 채워 표시하고, 지금까지 거친 전이는 굵은 선과 순서 번호로 그립니다. 마지막 전이는 라벨과 함께 강조합니다.',
  'diagram.state.closedEnd': 'CLOSED, 연결의 끝',
  'diagram.state.current': '{name}, 현재 상태',
  'diagram.state.visited': '{name}, 거쳐 간 상태',
  'diagram.edge.name': '{from}에서 {to} 상태로 가는 전이: {label}',
  'diagram.edge.taken': '{name}, {times}에 거침',
  'diagram.edge.last': '{name}, 마지막 전이',
  'diagram.seconds': '{value}초',
  'diagram.showResets': '리셋, 중단, 타임아웃 보기',
  'diagram.caption.last': '마지막 전이({time}): {from}에서 {to} 상태로, {label}.',
  'diagram.caption.undrawn': '마지막 전이({time}): {from}에서 {to} 상태로 (RFC 그림에는 없음).',
  'diagram.caption.start': '현재 {state} 상태이며, 아직 전이가 없습니다.',
  'diagram.caption.none': '선택한 소켓이 없습니다.',
  'diagram.legend.title': '범례',
  'diagram.legend.current': '현재 상태',
  'diagram.legend.path': '거친 전이(순서대로 번호)',
  'diagram.legend.last': '마지막 전이',
  'diagram.legend.note': '그림이 아닌 RFC의 주석이나 본문에 있는 전이',
  'diagram.legend.abort': '리셋, 중단, 타임아웃',
  'explain.empty': '다이어그램에서 상태나 전이를 선택하면 설명을 볼 수 있습니다.',
  'explain.meaning': '의미',
  'explain.side': '어느 쪽에 보이나',
  'explain.duration': '지속 시간',
  'explain.inBulk': '이 상태의 소켓이 많을 때',
  'explain.bulk.what': '무엇을 뜻하나',
  'explain.bulk.cause': '원인',
  'explain.bulk.fix': '대처 방법',
  'explain.spellings': '시스템별 표기',
  'explain.spellings.system': '시스템',
  'explain.spellings.name': '표시',
  'explain.system.rfc': 'RFC 9293',
  'explain.system.linuxNetstat': 'Linux netstat',
  'explain.system.linuxSs': 'Linux ss',
  'explain.system.windows': 'Windows netstat',
  'explain.system.bsd': 'FreeBSD·macOS netstat',
  'explain.system.solaris': 'Solaris netstat',
  'explain.edge.title': '{from}에서 {to} 상태로',
  'explain.edge.label': 'RFC의 라벨',
  'explain.edge.why': '왜 일어나나',
  'explain.edge.source': '출처: {source}.',
  'explain.edge.kind.figure': 'RFC 9293 그림 5에 그려진 전이입니다.',
  'explain.edge.kind.note': '그림에는 없고, 그림의 주석 2가 덧붙인 전이입니다.',
  'explain.edge.kind.extra': '그림에는 없지만 RFC 본문이 허용하는 전이입니다.',
  'explain.edge.kind.abort':
    '그림에는 없습니다. 그림의 주석 3과 본문에 따라, RST나 ABORT, 타임아웃이 일어나면 어느 상태에서든 CLOSED로 갑니다.',
  'explain.edge.taken': '이번 실행에서',
  'explain.edge.takenAt': '{time}: {cause}',
  'explain.edge.notTaken': '이 소켓은 아직 이 전이를 거치지 않았습니다.',
  'predict.title': '다음 단계 예측하기',
  'predict.score': '{correct}/{total}',
  'predict.scoreLabel': '점수: {total}문제 중 {correct}문제 정답',
  'predict.streak': '연속 정답: {streak}',
  'predict.kind.state': '다음 상태',
  'predict.kind.reply': '응답',
  'predict.kind.numbers': '시퀀스 번호',
  'predict.prompt.state':
    '현재 {state} 상태인 {receiver}에 곧 세그먼트 하나가 도착합니다: #{id} {segment}. 이 세그먼트가 도착하면 {receiver}의 상태는 무엇이 될까요?',
  'predict.prompt.stateNew':
    'LISTEN 중인 {receiver}에 곧 세그먼트 하나가 도착합니다: #{id} {segment}. 이 세그먼트가 여는 연결은 어떤 상태가 될까요?',
  'predict.prompt.reply':
    '현재 {state} 상태인 {receiver}에 곧 세그먼트 하나가 도착합니다: #{id} {segment}. {receiver}에서는 무엇을 돌려보낼까요?',
  'predict.prompt.numbers':
    '현재 {state} 상태인 {receiver}에 곧 세그먼트 하나가 도착합니다: #{id} {segment}. {receiver}의 응답은 {replyFlags}입니다. 이 응답에는 어떤 번호가 담길까요?',
  'predict.choices': '내 예측',
  'predict.choice.state': '{state}',
  'predict.choice.stays': '{state} 상태 그대로',
  'predict.choice.noState': '없음: 리스너는 이 요청에 대해 아무 상태도 저장하지 않음',
  'predict.choice.flags': '{flags}',
  'predict.choice.nothing': '아무것도 보내지 않음',
  'predict.choice.seqAck': '<SEQ={seq}><ACK={ack}>',
  'predict.choice.seq': '<SEQ={seq}>',
  'predict.answer': '답 제출',
  'predict.reveal': '정답 보기',
  'predict.next': '계속',
  'predict.correct': '정답입니다.',
  'predict.wrong': '아쉽지만 틀렸습니다.',
  'predict.revealed': '실제로는 이렇게 됩니다.',
  'predict.yourAnswer': '내 답',
  'predict.rightAnswer': '정답',
  'predict.what': '일어나는 일',
  'predict.why': '이유',
  'predict.outcome.state': '{receiver}의 상태가 {from}에서 {to} 상태로 바뀝니다.',
  'predict.outcome.stays': '{receiver}의 상태는 {state} 그대로입니다.',
  'predict.outcome.reply': '{receiver}의 응답: {flags} (세그먼트 #{id}).',
  'predict.outcome.noReply': '{receiver}에서는 아무것도 돌려보내지 않습니다.',
  'predict.outcome.numbers': '{receiver}의 응답: <SEQ={seq}><ACK={ack}><CTL={flags}>.',
  'predict.outcome.numbersSeq': '{receiver}의 응답: <SEQ={seq}><CTL={flags}>.',
  'predict.explain.noChange':
    '이 세그먼트에는 {receiver}의 상태를 {state}에서 바꿀 만한 내용이 없습니다.',
  'predict.explain.noReplyRst': 'RST에는 절대 응답하지 않습니다. RST로 응답하는 일도 없습니다.',
  'predict.explain.noReplyAck':
    '확인 응답할 것이 없습니다. 이 세그먼트에는 데이터도 SYN도 FIN도 없어서 시퀀스 번호를 차지하지 않고, TCP는 순수한 ACK(bare ACK)에는 확인 응답하지 않습니다.',
  'predict.explain.noReplyOther': 'TCP는 이 세그먼트에 바로 응답하지 않습니다.',
  'predict.explain.numbers':
    'ACK = {dseq} + {consumed} = {ack}: {receiver} 쪽이 다음에 기대하는 시퀀스 번호입니다. 데이터는 1바이트마다 1씩, SYN이나 FIN은 1을 더 차지하고, 순수한 ACK는 아무것도 차지하지 않습니다. SEQ = {seq}: {receiver} 자신의 시퀀스 번호가 지금 도달한 지점입니다.',
  'predict.explain.numbersIsn':
    'ACK = {dseq} + {consumed} = {ack}: {receiver} 쪽이 다음에 기대하는 시퀀스 번호입니다. 데이터는 1바이트마다 1씩, SYN이나 FIN은 1을 더 차지하고, 순수한 ACK는 아무것도 차지하지 않습니다. SEQ = {seq}: {receiver} 자신의 초기 시퀀스 번호(ISN)로, SYN에 담겨 나가는 번호입니다.',
  'predict.explain.numbersRepeat':
    'ACK = {ack}: 이 세그먼트(#{id})로는 달라지지 않으므로, 여전히 {receiver} 쪽이 다음에 기대하는 시퀀스 번호입니다. SEQ = {seq}: {receiver} 자신의 시퀀스 번호가 지금 도달한 지점입니다.',
  'predict.explain.rstSeq':
    'ACK가 있는 세그먼트에 답하는 RST는 그 ACK 번호를 자기 SEQ({seq})로 삼습니다. 그래야 송신 쪽이 자기 윈도우 안에서 이 RST를 찾아 받아들입니다.',
  'predict.explain.rstAck':
    'ACK가 없는 세그먼트에 답하는 RST는 SEQ가 0이고, 그 세그먼트 전체를 확인 응답합니다: ACK = {dseq} + {consumed} = {ack}.',
  'predict.none': '이번 실행에는 더 예측할 세그먼트가 없습니다.',
};

export const ko: TeachContent = { stateContent, edgeContent, stateCauses, segmentReasons, ui };
