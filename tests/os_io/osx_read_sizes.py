# oracle: unix
# read(n) for many n, text and binary, over ASCII and multi-byte UTF-8 content.
import os

N = "_tmp_osx_read_sizes.txt"
for content in ("", "a", "hello world", "h\xe9llo w\u20acrld \U0001f600!", "\n\n\n", "x" * 50):
    with open(N, "w") as f:
        f.write(content)
    for mode in ("r", "rb"):
        for n in (-5, -1, 0, 1, 2, 3, 7, 100):
            with open(N, mode) as f:
                parts = []
                try:
                    for _ in range(4):
                        parts.append(f.read(n))
                except MemoryError as e:
                    parts.append(str(e))
                print(mode, n, parts, f.tell())
    with open(N) as f:
        print(repr(f.read()), repr(f.read()), repr(f.read(5)))
    with open(N, "rb") as f:
        print(f.read(None) if False else f.read(), f.read(0))
for bad in (None, 1.5, "2", b"1", [1]):
    with open(N) as f:
        try:
            print(f.read(bad))
        except Exception as e:
            print(repr(bad), type(e).__name__, e)
os.remove(N)
