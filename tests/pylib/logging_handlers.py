# Handlers: StreamHandler on any object with write(), several handlers, terminator, a custom
# Handler subclass, handlers on a named logger replacing the root's.
import io
import sys
import logging


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.name, record.message))


buf = io.StringIO()
col = Collect()
log = logging.getLogger("svc")
h1 = logging.StreamHandler(buf)
h1.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
h2 = logging.StreamHandler(col)
h2.setFormatter(logging.Formatter("<%(message)s>"))
h2.terminator = "!"
h3 = ListHandler()
for h in (h1, h2, h3):
    log.addHandler(h)
print(log.hasHandlers(), len(log.handlers), logging.getLogger().hasHandlers())
log.warning("first")
log.error("second %d", 2)
h1.setLevel(logging.ERROR)
log.warning("third")
print(repr(buf.getvalue()))
print(col.parts)
print(h3.records)
print(h3.level, h3.formatter, h1.stream is buf, h2.terminator)
d = logging.StreamHandler()
print(d.stream is sys.stderr, d.level, d.terminator == "\n")
h3.close()
