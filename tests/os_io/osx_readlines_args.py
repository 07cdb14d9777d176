# oracle: unix
# readlines() takes no hint in MicroPython; other argument errors of the line readers.
import os

N = "_tmp_osx_readlines_args.txt"
with open(N, "w") as f:
    f.write("a\nbb\nccc\n")
with open(N) as f:
    for name, op in (
        ("readlines(1)", lambda: f.readlines(1)),
        ("readlines(None)", lambda: f.readlines(None)),
        ("readline(1, 2)", lambda: f.readline(1, 2)),
        ("readline(-2)", lambda: f.readline(-2)),
        ("readline(True)", lambda: f.readline(True)),
        ("read(1, 2)", lambda: f.read(1, 2)),
        ("write()", lambda: f.write()),
        ("write(1, 2)", lambda: f.write("a", "b")),
        ("seek()", lambda: f.seek()),
        ("seek('0')", lambda: f.seek("0")),
        ("tell(1)", lambda: f.tell(1)),
        ("close(1)", lambda: f.close(1)),
        ("flush(1)", lambda: f.flush(1)),
    ):
        try:
            print(name, repr(op()))
        except Exception as e:
            print(name, type(e).__name__, e)
    print(f.tell(), f.read())
os.remove(N)
