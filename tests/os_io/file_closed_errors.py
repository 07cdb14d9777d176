# oracle: unix
# Operations on a closed file raise ValueError; close() twice is fine.
import os

N = "/tmp/_upy_os_io_closed.txt"
f = open(N, "w")
f.write("data")
f.close()
ops = [
    ("write", lambda: f.write("x")),
    ("read", lambda: f.read()),
    ("readline", lambda: f.readline()),
    ("readlines", lambda: f.readlines()),
    ("seek", lambda: f.seek(0)),
    ("tell", lambda: f.tell()),
    ("flush", lambda: f.flush()),
    ("fileno", lambda: f.fileno()),
    ("next", lambda: next(f)),
    ("readinto", lambda: f.readinto(bytearray(2))),
    ("close", lambda: f.close()),
]
for name, op in ops:
    try:
        print(name, op())
    except ValueError as e:
        print(name, "ValueError", e)
print(hasattr(f, "closed"), hasattr(f, "name"), hasattr(f, "mode"))
os.remove(N)
