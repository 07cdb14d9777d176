# oracle: unix
# Closed files of both kinds: what still works (close, __exit__...) and what raises ValueError.
import os

N = "_tmp_osx_closed_ops.bin"
for mode in ("wb", "rb", "r+", "a"):
    f = open(N, mode)
    f.close()
    results = []
    for name, op in (
        ("close", f.close),
        ("exit", lambda: f.__exit__(None, None, None)),
        ("enter", f.__enter__),
        ("write", lambda: f.write(b"x")),
        ("read0", lambda: f.read(0)),
        ("readline0", lambda: f.readline(0)),
        ("write0", lambda: f.write(b"")),
        ("write_len0", lambda: f.write(b"abc", 0)),
        ("readinto", lambda: f.readinto(bytearray(0))),
        ("readlines", f.readlines),
        ("seek", lambda: f.seek(0, 2)),
        ("iter", lambda: list(f)),
        ("del", f.__del__),
    ):
        try:
            r = op()
            results.append(name + ":" + ("self" if r is f else repr(r)))
        except ValueError as e:
            results.append(name + ":VE")
        except OSError as e:
            results.append(name + ":OSError%d" % e.errno)
    print(mode, " ".join(results))
with open(N, "rb") as f:
    pass
try:
    with f:
        print("re-entered a closed file")
except ValueError as e:
    print("with closed:", e)
os.remove(N)
