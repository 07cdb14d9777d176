# io.StringIO/BytesIO: interleaved write/read/seek sequences, print(file=...), readlines via
# iteration, write returns, mixing sizes, large content
import io
s = io.StringIO()
for i in range(5):
    print(i, "x" * i, sep=",", end=";", file=s)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(4)), s.tell(), s.write("ZZ"), s.tell(), repr(s.read(3)))
print(repr(s.getvalue()))
lines = io.StringIO("a\nbb\n\nccc")
print([l for l in lines])
print(repr(lines.read()), repr(lines.readline()))
big = io.StringIO()
for i in range(1000):
    big.write("%d\n" % i)
print(len(big.getvalue()), big.tell())
big.seek(0)
total = 0
count = 0
while True:
    l = big.readline()
    if not l:
        break
    total += int(l)
    count += 1
print(count, total)
b = io.BytesIO()
print(b.write(b"abc"), b.write(b""), b.tell(), b.seek(1), b.write(b"Z" * 5), b.getvalue())
b.seek(0)
print(b.read(2), b.read(100), b.read(1), b.tell())
print(io.StringIO("x").read(2**20), io.BytesIO(b"y").read(2**20))
w = io.StringIO("init")
print(w.write("AB"), repr(w.getvalue()), w.tell())
