#!/bin/sh
# Regenerates the capture fixtures of src/capture/fixtures/ from a real Linux kernel: two network
# namespaces joined by a veth pair (and an IPIP tunnel for raw IP), a Python client and server,
# tcpdump writing the files. Needs root, iproute2, tcpdump, python3 and editcap (for pcapng).
# Only addresses inside the namespaces are used; the namespaces are removed on exit.
set -eu
OUT=$(cd "$(dirname "$0")/../src/capture/fixtures" && pwd)
C=tcpsim-cap-c
S=tcpsim-cap-s
TMP=$(mktemp -d)
cleanup() {
  ip netns pids $C 2>/dev/null | xargs -r kill 2>/dev/null || true
  ip netns pids $S 2>/dev/null | xargs -r kill 2>/dev/null || true
  ip netns del $C 2>/dev/null || true
  ip netns del $S 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM
cleanup 2>/dev/null || true
TMP=$(mktemp -d)

ip netns add $C
ip netns add $S
ip link add tcpsim-c0 netns $C type veth peer name tcpsim-s0 netns $S
ip -n $C addr add 10.77.0.1/24 dev tcpsim-c0
ip -n $S addr add 10.77.0.2/24 dev tcpsim-s0
ip -n $C addr add fd77::1/64 dev tcpsim-c0 nodad
ip -n $S addr add fd77::2/64 dev tcpsim-s0 nodad
for ns in $C $S; do ip -n $ns link set lo up; done
ip -n $C link set tcpsim-c0 up
ip -n $S link set tcpsim-s0 up
# Raw IP: a TUN device in each namespace (tcpdump gives LINKTYPE_RAW on it), the two joined by a
# small relay that carries each IP packet over a Unix datagram socket, as a VPN would.
cat > "$TMP/relay.py" <<'PY'
import fcntl, os, socket, struct, sys, select
fd = os.open('/dev/net/tun', os.O_RDWR)
fcntl.ioctl(fd, 0x400454ca, struct.pack('16sH', b'tun0', 0x0001 | 0x1000))  # TUNSETIFF, IFF_TUN|IFF_NO_PI
me, peer = sys.argv[1], sys.argv[2]
u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
u.bind(me)
open(me + '.ready', 'w').close()
while True:
    r, _, _ = select.select([fd, u], [], [])
    if fd in r:
        pkt = os.read(fd, 65535)
        try:
            u.sendto(pkt, peer)
        except OSError:
            pass
    if u in r:
        pkt = u.recv(65535)
        try:
            os.write(fd, pkt)
        except OSError:
            pass  # the device is not up yet
PY
ip netns exec $C python3 "$TMP/relay.py" "$TMP/c.sock" "$TMP/s.sock" &
ip netns exec $S python3 "$TMP/relay.py" "$TMP/s.sock" "$TMP/c.sock" &

# Server: accepts one connection per run, answers one line, closes 0.2 s after the client's FIN
# so the client's FIN_WAIT_2 shows as its own moment.
cat > "$TMP/server.py" <<'PY'
import socket, sys, time
family = socket.AF_INET6 if ':' in sys.argv[1] else socket.AF_INET
s = socket.socket(family, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[1], int(sys.argv[2])))
s.listen(8)
open(sys.argv[3], 'w').close()
while True:
    c, _ = s.accept()
    c.recv(100)
    c.sendall(b'world\n')
    while c.recv(100):
        pass
    time.sleep(0.2)
    c.close()
PY
cat > "$TMP/client.py" <<'PY'
import socket, sys, time
family = socket.AF_INET6 if ':' in sys.argv[1] else socket.AF_INET
c = socket.socket(family, socket.SOCK_STREAM)
c.settimeout(5)
try:
    c.connect((sys.argv[1], int(sys.argv[2])))
except ConnectionRefusedError:
    sys.exit(0)
c.sendall(b'hello\n')
c.recv(100)
time.sleep(0.05)
c.close()
time.sleep(0.5)
PY

wait_file() { i=0; while [ ! -e "$1" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done; }
wait_file "$TMP/c.sock.ready"; wait_file "$TMP/s.sock.ready"
ip -n $C addr add 10.78.0.1/30 dev tun0
ip -n $S addr add 10.78.0.2/30 dev tun0
ip -n $C link set tun0 up
ip -n $S link set tun0 up

ip netns exec $S python3 "$TMP/server.py" 10.77.0.2 9000 "$TMP/ready4" &
ip netns exec $S python3 "$TMP/server.py" fd77::2 9000 "$TMP/ready6" &
ip netns exec $S python3 "$TMP/server.py" 10.78.0.2 9001 "$TMP/readytun" &
wait_file "$TMP/ready4"; wait_file "$TMP/ready6"; wait_file "$TMP/readytun"

# capture NAME PACKETS TCPDUMP-ARGS -- CLIENT-ARGS: tcpdump stops by itself after PACKETS packets.
capture() {
  name=$1; count=$2; shift 2
  dump=""
  while [ "$1" != "--" ]; do dump="$dump $1"; shift; done
  shift
  : >"$TMP/$name.log"
  # shellcheck disable=SC2086
  ip netns exec $C timeout 20 tcpdump -U -c "$count" -s 200 $dump -w "$OUT/$name" 'tcp' 2>"$TMP/$name.log" &
  pid=$!
  i=0; while ! grep -q 'listening on' "$TMP/$name.log" && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
  sleep 0.2
  ip netns exec $C python3 "$TMP/client.py" "$@"
  wait $pid || { echo "tcpdump did not see $count packets for $name" >&2; cat "$TMP/$name.log" >&2; exit 1; }
}

# The client side of a handshake, one line each way, and a close the client starts.
capture handshake-close.pcap 11 -i tcpsim-c0 -- 10.77.0.2 9000
capture handshake-close-ns.pcap 11 -i tcpsim-c0 --time-stamp-precision nano -- 10.77.0.2 9000
capture handshake-close-any.pcap 11 -i any -- 10.77.0.2 9000
capture handshake-close-sll1.pcap 11 -i any -y LINUX_SLL -- 10.77.0.2 9000
capture handshake-close-ipv6.pcap 11 -i tcpsim-c0 -- fd77::2 9000
capture handshake-close-rawip.pcap 11 -i tun0 -- 10.78.0.2 9001
# A SYN to a port nobody listens on: RST,ACK.
capture refused.pcap 2 -i tcpsim-c0 -- 10.77.0.2 9999
editcap -F pcapng "$OUT/handshake-close.pcap" "$OUT/handshake-close.pcapng"
ls -l "$OUT"
