# oracle: unix
# sys.stdout.write and sys.stdout.buffer.write: the byte counts they return, and what they accept.
import sys

for s in ("", "a", "abc\n", "\u00e9\n", "\u20ac\U0001f600\n", "x" * 100 + "\n"):
    n = sys.stdout.write(s)
    print(n, len(s))
for b in (b"", b"raw\n", bytearray(b"ba\n"), memoryview(b"mv\n"), b"\xc3\xa9\n"):
    n = sys.stdout.buffer.write(b)
    print(n)
for bad in (1, None, ["x"]):
    for w in (sys.stdout.write, sys.stdout.buffer.write):
        try:
            w(bad)
        except Exception as e:
            print(type(bad).__name__, type(e).__name__, e)
print(sys.stdout.write(b"bytes to text\n"))
print(sys.stdout.buffer.write("str to buffer\n"))
print(sys.stdout.flush(), sys.stdout.buffer.flush())
print(sys.stdout.fileno(), sys.stdout.buffer.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(type(sys.stdout).__name__, type(sys.stdout.buffer).__name__, type(sys.stdin.buffer).__name__)
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer is sys.stderr.buffer)
print(sys.stdout.write("part", 2), sys.stdout.buffer.write(b"xyz\n", 1, 3))
print()
