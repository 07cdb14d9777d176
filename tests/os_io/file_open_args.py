# oracle: unix
# open()'s arguments: mode must be str, buffering and encoding are accepted and unused.
import os

N = "/tmp/_upy_os_io_open_args.txt"
with open(N, "w") as f:
    f.write("hello")
tries = [
    ("encoding", lambda: open(N, "r", encoding="utf-8").read(2)),
    ("buffering", lambda: open(N, buffering=0).read(2)),
    ("positional 4", lambda: open(N, "r", -1, "utf-8").read(2)),
    ("positional 5", lambda: open(N, "r", -1, None, None)),
    ("errors", lambda: open(N, errors="strict")),
    ("newline", lambda: open(N, newline="")),
    ("file kw", lambda: open(file=N).read()),
    ("mode kw", lambda: open(N, mode="rb").read()),
    ("mode int", lambda: open(N, 1)),
    ("mode None", lambda: open(N, None)),
    ("file None", lambda: open(None)),
    ("file list", lambda: open([N])),
    ("no file", lambda: open()),
    ("unknown mode letters", lambda: open(N, "rqz").read()),
]
for name, op in tries:
    try:
        print(name, repr(op()))
    except (TypeError, OSError) as e:
        print(name, type(e).__name__, e)
print(type(open(N)).__name__, type(open(N, "rb")).__name__, type(open(N, "tb")).__name__)
print(type(open(N, "bt")).__name__)
os.remove(N)
