"""
The link of a kernel replay: two TUN devices and a userspace relay between them.

This kernel has no netem (tc qdisc netem: "Specified qdisc kind is unknown"), so the one-way
delay of a scenario's link is made here: every IPv4 packet read from one TUN device is written to
the other after delay_ms. The relay is also the wire's fault injector, as the simulator's link is:
drop rules (the n-th segment of a kind, counted in the order segments reach the wire) and a host
that vanishes (from then on nothing it sends arrives, and nothing reaches it).

Python 3 because a fresh CI machine has it (Node cannot ioctl(TUNSETIFF) on /dev/net/tun) and it
needs no compiler. Run inside a network namespace of its own:
  relay.py <devA> <devB> <delay_ms> <ipA> <ipB>
It creates both devices, prints "ready", and then reads commands on stdin, one JSON per line:
  {"op": "drop", "from": "<ip>"|null, "flags": <int>|null, "data": bool, "nth": n, "count": c}
  {"op": "vanish", "ip": "<ip>"}
  {"op": "inject", "src": "<ip>", "sport": p, "dst": "<ip>", "dport": p, "seq": n, "window": w}
  {"op": "quit"}
An inject is a SYN from a forged source (a SYN flood's), built here and put on the wire towards
dst as if a host had sent it then: it arrives after the delay. A packet for an address that is
neither host's (a SYN-ACK answering a forged source) is dropped: nobody is there.
A command with "due" (a time.monotonic() value) takes effect then, not when it arrives.
It prints one JSON line per packet it drops: {"drop": <ip id>, "src": ..., "t": <monotonic s>}.
"""
import fcntl
import heapq
import json
import os
import select
import struct
import sys
import time

from commands import CommandReader

TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000
PSH = 0x08


def open_tun(name):
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return fd


def ip_str(b):
    return ".".join(str(x) for x in b)


class Rule:
    def __init__(self, spec):
        self.src = spec.get("from")
        self.flags = spec.get("flags")
        self.data = bool(spec.get("data"))
        self.nth = int(spec.get("nth", 1))
        self.count = int(spec.get("count", 1))
        self.seen = 0

    def matches(self, src, flags, payload):
        if self.src is not None and self.src != src:
            return False
        if self.flags is not None:
            # PSH is ignored unless the rule names it, as in the simulator's link.
            if self.flags & PSH:
                if self.flags != flags:
                    return False
            elif self.flags != flags & ~PSH:
                return False
        if self.data and payload == 0:
            return False
        return True


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def forged_syn(cmd):
    """An IPv4 SYN without options, as the simulator's flood sends it."""
    src = bytes(int(x) for x in cmd["src"].split("."))
    dst = bytes(int(x) for x in cmd["dst"].split("."))
    tcp = struct.pack("!HHIIBBHHH", cmd["sport"], cmd["dport"], cmd["seq"], 0, 5 << 4, 0x02,
                      cmd["window"], 0, 0)
    pseudo = src + dst + struct.pack("!BBH", 0, 6, len(tcp))
    tcp = tcp[:16] + struct.pack("!H", checksum(pseudo + tcp)) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 0, 0, 64, 6, 0, src, dst)
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    return ip + tcp


def tcp_info(pkt):
    """(src ip, flags, payload length) of an IPv4 TCP packet, or None."""
    if len(pkt) < 20 or pkt[0] >> 4 != 4 or pkt[9] != 6:
        return None
    ihl = (pkt[0] & 0x0F) * 4
    total = struct.unpack("!H", pkt[2:4])[0]
    if len(pkt) < ihl + 20:
        return None
    doff = (pkt[ihl + 12] >> 4) * 4
    flags = pkt[ihl + 13] & 0x3F
    return ip_str(pkt[12:16]), flags, total - ihl - doff


def main():
    dev_a, dev_b, delay_ms, ip_a, ip_b = sys.argv[1:6]
    delay = float(delay_ms) / 1000.0
    fa, fb = open_tun(dev_a), open_tun(dev_b)
    other = {fa: fb, fb: fa}
    host_fd = {ip_a: fa, ip_b: fb}
    rules = []
    vanished = set()
    queue = []  # (due, n, fd, packet)
    later = []  # (due, n, command)
    n = 0
    print("ready", flush=True)
    stdin = sys.stdin.fileno()
    commands = CommandReader(stdin)
    while True:
        timeout = None
        dues = [q[0] for q in queue[:1]] + [c[0] for c in later[:1]]
        if dues:
            timeout = max(0.0, min(dues) - time.monotonic())
        ready, _, _ = select.select([fa, fb, stdin], [], [], timeout)
        now = time.monotonic()
        for fd in ready:
            if fd == stdin:
                cmds = commands.read()
                if cmds is None:
                    return
                for cmd in cmds:
                    if "due" in cmd:
                        n += 1
                        heapq.heappush(later, (cmd.pop("due"), n, cmd))
                        continue
                    if cmd["op"] == "drop":
                        rules.append(Rule(cmd))
                    elif cmd["op"] == "vanish":
                        vanished.add(cmd["ip"])
                    elif cmd["op"] == "quit":
                        return
                continue
            while True:
                try:
                    pkt = os.read(fd, 65536)
                except BlockingIOError:
                    break
                info = tcp_info(pkt)
                if info is None:
                    continue  # only TCP crosses this link (no ARP on a TUN device; IPv6 off)
                src, flags, payload = info
                dst = ip_str(pkt[16:20])
                # A packet already sent by a host that vanishes still arrives; one for it does not.
                lost = src in vanished or dst in vanished or dst not in host_fd
                for rule in rules:
                    if rule.matches(src, flags, payload):
                        rule.seen += 1
                        if rule.nth <= rule.seen < rule.nth + rule.count:
                            lost = True
                if lost:
                    ipid = struct.unpack("!H", pkt[4:6])[0]
                    print(json.dumps({"drop": ipid, "src": src, "t": now}), flush=True)
                    continue
                n += 1
                heapq.heappush(queue, (now + delay, n, other[fd], pkt))
        now = time.monotonic()
        while later and later[0][0] <= now:
            cmd = heapq.heappop(later)[2]
            if cmd["op"] == "drop":
                rules.append(Rule(cmd))
            elif cmd["op"] == "vanish":
                vanished.add(cmd["ip"])
            elif cmd["op"] == "inject" and cmd["dst"] in host_fd:
                n += 1
                heapq.heappush(queue, (now + delay, n, host_fd[cmd["dst"]], forged_syn(cmd)))
        while queue and queue[0][0] <= now:
            _, _, fd, pkt = heapq.heappop(queue)
            if ip_str(pkt[16:20]) in vanished:
                print(json.dumps({"drop": 0, "src": ip_str(pkt[12:16]), "t": now}), flush=True)
                continue
            try:
                os.write(fd, pkt)
            except OSError:
                pass


if __name__ == "__main__":
    main()
