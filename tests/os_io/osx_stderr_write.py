# oracle: unix
# sys.stderr and sys.stderr.buffer: write counts, print(file=sys.stderr), and that both streams
# keep their own order.
import sys

print("out 1")
print(sys.stderr.write("err 1\n"), sys.stderr.buffer.write(b"err 2\n"))
print("err 3", 3, sep="|", file=sys.stderr)
print(sys.stderr.write("\u00e9\u20ac\n"), sys.stderr.write(b"bytes\n"))
print(sys.stderr.write("abcdef\n", 3), sys.stderr.buffer.write(b"0123456789", 2, 4))
sys.stderr.write("\n")
print(sys.stderr.flush(), sys.stderr.fileno(), sys.stderr.buffer.fileno())
print(type(sys.stderr).__name__, type(sys.stderr.buffer).__name__)
for bad in (None, 7):
    try:
        sys.stderr.write(bad)
    except TypeError as e:
        print(repr(bad), "TypeError", e)
print("out 2")
