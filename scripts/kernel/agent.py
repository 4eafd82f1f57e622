"""
One host's application in a kernel replay, run inside the host's network namespace.

It makes the scenario's socket calls on the real kernel (listen, connect, send, close =
close(2), shutdown = shutdown(SHUT_WR), abort = close(2) with SO_LINGER {1, 0}) and behaves as the
simulator's application does between steps: accept() what completes, read what arrives, close at
EOF, each as its policy says ({"op": "app", ...}).

Commands on stdin, one JSON per line (sent at the step's time by scripts/kernel/replay.ts):
  {"op":"listen","port":80,"backlog":128,"as":"web"}
  {"op":"connect","to":"10.0.0.80","port":80,"lport":40000|null,"as":"c1","closeAfter":s|null}
  {"op":"send","socket":"c1","bytes":100}   {"op":"close"|"shutdown"|"abort","socket":"c1"|"*"}
  {"op":"app","accept":b,"read":b,"closeOnEof":b}   {"op":"accept","count":n}   {"op":"quit"}
A command with "due" (a time.monotonic() value) waits until then: the harness sends every step at
the start, so a step's time does not depend on how quickly the harness itself gets the CPU.
Events on stdout, one JSON per line, each with "t" = time.monotonic():
  {"call": "connect", "socket": "c1", "result": "ok"|"ECONNREFUSED"|...}, {"tw": [...]} (below).

A child process (at normal priority, so that it neither holds up the agent, which runs at
real-time priority, nor starves anything else) polls /proc/net/tcp (this namespace's sockets) every 2 ms and reports the sockets the
sock:inet_sock_set_state tracepoint cannot show: timewait sockets (TIME_WAIT, and an orphaned
FIN_WAIT_2 turned into one) and request sockets (SYN_RECV), as
  {"proc": "<local ip:port>><remote ip:port>", "st": <kernel state number>|null}
on every change (null: gone).
"""
import errno
import json
import os
import selectors
import socket
import struct
import sys
import threading
import time

from commands import CommandReader

out_lock = threading.Lock()


def emit(obj):
    obj["t"] = time.monotonic()
    with out_lock:
        sys.stdout.write(json.dumps(obj) + "\n")
        sys.stdout.flush()


def hexaddr(text):
    ip, port = text.split(":")
    raw = bytes.fromhex(ip)
    return "%s:%d" % (socket.inet_ntoa(raw[::-1]), int(port, 16))


def poll_proc(parent):
    """Timewait and request sockets are not full sockets: only /proc shows them."""
    seen = {}
    while os.getppid() == parent:
        now = {}
        try:
            with open("/proc/net/tcp") as f:
                next(f)
                for line in f:
                    parts = line.split()
                    st = int(parts[3], 16)
                    key = hexaddr(parts[1]) + ">" + hexaddr(parts[2])
                    if st in (3, 5, 6):
                        now[key] = st
        except OSError:
            pass
        for key, st in now.items():
            if seen.get(key) != st:
                emit({"proc": key, "st": st})
        for key in seen:
            if key not in now:
                emit({"proc": key, "st": None})
        seen = now
        time.sleep(0.002)


class Agent:
    def __init__(self):
        self.sel = selectors.DefaultSelector()
        self.names = {}  # name -> socket
        self.label = {}  # fileno -> name
        self.listeners = {}  # name -> [socket, completed count]
        self.app = {"accept": True, "read": True, "closeOnEof": True}
        self.pending_close = []  # (due, socket name)
        self.eof = set()
        self.paused = set()  # connections and listeners left alone while the policy says so
        self.timeline = []  # (due, n, command), in due order, then arrival order

    def name_of(self, s):
        return self.label.get(s.fileno(), "?")

    def register(self, s, name, events, data):
        self.names[name] = s
        self.label[s.fileno()] = name
        self.sel.register(s, events, data)

    def forget(self, name):
        s = self.names.pop(name, None)
        if s is None:
            return None
        try:
            self.sel.unregister(s)
        except (KeyError, ValueError):
            pass
        self.label.pop(s.fileno(), None)
        return s

    def listen(self, cmd):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((cmd.get("ip") or "0.0.0.0", cmd["port"]))
        s.listen(cmd.get("backlog", 4096))
        s.setblocking(False)
        name = cmd.get("as") or "listener:%d" % cmd["port"]
        self.listeners[name] = [s, 0]
        self.register(s, name, selectors.EVENT_READ, ("listener", name))
        emit({"call": "listen", "socket": name, "result": "ok"})

    def accept_from(self, name):
        s, done = self.listeners[name]
        try:
            c, _ = s.accept()
        except BlockingIOError:
            return False
        c.setblocking(False)
        self.listeners[name][1] = done + 1
        cname = "%s#%d" % (name, done + 1)
        self.register(c, cname, selectors.EVENT_READ, ("conn", cname))
        emit({"call": "accept", "socket": cname, "result": "ok",
              "local": "%s:%d" % c.getsockname(), "remote": "%s:%d" % c.getpeername()})
        return True

    def connect(self, cmd):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if cmd.get("lport"):
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(("0.0.0.0", cmd["lport"]))
        s.setblocking(False)
        name = cmd["as"]
        err = s.connect_ex((cmd["to"], cmd["port"]))
        local = "%s:%d" % s.getsockname()
        emit({"call": "connect-start", "socket": name, "local": local,
              "remoteAddr": "%s:%d" % (cmd["to"], cmd["port"])})
        if err not in (0, errno.EINPROGRESS):
            emit({"call": "connect", "socket": name, "result": errno.errorcode.get(err, str(err))})
            s.close()
            return
        self.register(s, name, selectors.EVENT_WRITE, ("connecting", name, cmd.get("closeAfter")))

    def connected(self, s, name, close_after):
        err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        self.sel.unregister(s)
        if err:
            emit({"call": "connect", "socket": name, "result": errno.errorcode.get(err, str(err))})
            self.forget(name)
            s.close()
            return
        emit({"call": "connect", "socket": name, "result": "ok"})
        self.sel.register(s, selectors.EVENT_READ, ("conn", name))
        if close_after is not None:
            self.pending_close.append((time.monotonic() + close_after, name))

    def readable(self, s, name):
        if not self.app["read"]:
            # Not reading leaves the bytes in the kernel (Recv-Q); stop watching until read is on.
            self.sel.unregister(s)
            self.paused.add(name)
            return
        try:
            data = s.recv(1 << 20)
        except BlockingIOError:
            return
        except OSError as e:
            emit({"call": "recv", "socket": name, "result": errno.errorcode.get(e.errno, str(e))})
            self.sel.unregister(s)
            return
        if data:
            emit({"call": "recv", "socket": name, "result": "ok", "bytes": len(data)})
            return
        emit({"call": "recv", "socket": name, "result": "EOF"})
        self.eof.add(name)
        self.sel.unregister(s)
        if self.app["closeOnEof"]:
            self.call({"op": "close", "socket": name})

    def targets(self, which):
        if which == "*":
            return [n for n in list(self.names) if n not in self.listeners]
        return [which] if which in self.names else []

    def call(self, cmd):
        op = cmd["op"]
        for name in self.targets(cmd["socket"]):
            if op == "send":
                s = self.names[name]
                try:
                    n = s.send(b"x" * cmd["bytes"])
                    emit({"call": "send", "socket": name, "result": "ok", "bytes": n})
                except OSError as e:
                    emit({"call": "send", "socket": name, "result": errno.errorcode.get(e.errno, "?")})
            elif op == "shutdown":
                try:
                    self.names[name].shutdown(socket.SHUT_WR)
                    emit({"call": "shutdown", "socket": name, "result": "ok"})
                except OSError as e:
                    emit({"call": "shutdown", "socket": name, "result": errno.errorcode.get(e.errno, "?")})
            else:
                s = self.forget(name)
                if op == "abort":
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                if name in self.listeners:
                    del self.listeners[name]
                s.close()
                emit({"call": op, "socket": name, "result": "ok"})

    def command(self, cmd):
        op = cmd["op"]
        if op == "listen":
            self.listen(cmd)
        elif op == "connect":
            self.connect(cmd)
        elif op in ("send", "close", "shutdown", "abort"):
            self.call(cmd)
        elif op == "app":
            for k in ("accept", "read", "closeOnEof"):
                if k in cmd and cmd[k] is not None:
                    self.app[k] = cmd[k]
            self.catch_up()
        elif op == "accept":
            for name in list(self.listeners):
                for _ in range(cmd.get("count", 1)):
                    self.accept_from(name)
        elif op == "quit":
            return False
        return True

    def catch_up(self):
        for name in list(self.paused):
            s = self.names.get(name)
            if s is None:
                self.paused.discard(name)
                continue
            if name in self.listeners and self.app["accept"]:
                self.sel.register(s, selectors.EVENT_READ, ("listener", name))
                self.paused.discard(name)
            elif name not in self.listeners and self.app["read"]:
                self.sel.register(s, selectors.EVENT_READ, ("conn", name))
                self.paused.discard(name)
        if self.app["accept"]:
            for name in list(self.listeners):
                while self.accept_from(name):
                    pass

    def run(self):
        stdin = sys.stdin.fileno()
        os.set_blocking(stdin, False)
        self.sel.register(stdin, selectors.EVENT_READ, ("stdin",))
        commands = CommandReader(stdin)
        while True:
            dues = [d for d, _ in self.pending_close] + [d for d, _, _ in self.timeline[:1]]
            timeout = max(0.0, min(dues) - time.monotonic()) if dues else None
            for key, _ in self.sel.select(timeout):
                kind = key.data[0]
                if kind == "stdin":
                    cmds = commands.read()
                    if cmds is None:
                        return
                    for cmd in cmds:
                        if "due" in cmd:
                            self.timeline.append((cmd["due"], len(self.timeline), cmd))
                            self.timeline.sort(key=lambda x: (x[0], x[1]))
                        elif not self.command(cmd):
                            return
                elif kind == "listener":
                    if self.app["accept"]:
                        self.accept_from(key.data[1])
                    else:
                        self.sel.unregister(key.fileobj)
                        self.paused.add(key.data[1])
                elif kind == "connecting":
                    self.connected(key.fileobj, key.data[1], key.data[2])
                elif kind == "conn":
                    self.readable(key.fileobj, key.data[1])
            now = time.monotonic()
            while self.timeline and self.timeline[0][0] <= now:
                if not self.command(self.timeline.pop(0)[2]):
                    return
            due = [n for d, n in self.pending_close if d <= now]
            self.pending_close = [(d, n) for d, n in self.pending_close if d > now]
            for name in due:
                self.call({"op": "close", "socket": name})


def main():
    parent = os.getpid()
    if os.fork() == 0:
        os.sched_setscheduler(0, os.SCHED_OTHER, os.sched_param(0))
        try:
            poll_proc(parent)
        finally:
            os._exit(0)
    emit({"ready": True, "wall": time.time()})
    Agent().run()


if __name__ == "__main__":
    main()
