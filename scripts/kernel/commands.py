"""
The harness's commands to its helpers (agent.py, relay.py): JSON objects, one per line, on
standard input. Both read them the same way, a chunk at a time, without blocking their loop.
"""
import json
import os


class CommandReader:
    def __init__(self, fd):
        self.fd = fd
        self.buf = b""

    def read(self):
        """The commands complete so far, or None once the harness closed the pipe."""
        chunk = os.read(self.fd, 65536)
        if not chunk:
            return None
        self.buf += chunk
        commands = []
        while b"\n" in self.buf:
            line, self.buf = self.buf.split(b"\n", 1)
            if line.strip():
                commands.append(json.loads(line))
        return commands
