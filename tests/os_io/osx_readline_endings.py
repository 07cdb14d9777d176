# oracle: unix
# readline()/readline(n)/readlines() over files whose lines end in \n, \r\n, \r or nothing.
import os

N = "_tmp_osx_readline_endings.txt"
CONTENTS = [b"", b"one", b"one\n", b"a\nb\nc", b"a\r\nb\r\n", b"a\rb\rc", b"\n\n\nx", b"\xc3\xa9\n\xe2\x82\xac\n",
            b"long " * 30 + b"\nshort\n"]
for c in CONTENTS:
    with open(N, "wb") as f:
        f.write(c)
    for mode in ("r", "rb"):
        with open(N, mode) as f:
            lines = []
            while True:
                l = f.readline()
                if not l:
                    break
                lines.append(l)
            print(mode, lines, repr(f.readline()))
        with open(N, mode) as f:
            print(mode, "readlines", f.readlines(), f.readlines())
        for n in (0, 1, 2, 5, -1, None):
            with open(N, mode) as f:
                got = []
                for _ in range(4):
                    try:
                        got.append(f.readline(n))
                    except UnicodeError:
                        got.append("UnicodeError")
                print(mode, n, got)
os.remove(N)
