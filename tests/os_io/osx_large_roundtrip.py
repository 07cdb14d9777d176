# oracle: unix
# A 300 KB binary file written in odd-sized pieces and read back in other sizes.
import os

N = "_tmp_osx_large.bin"
pattern = bytes(range(256))
with open(N, "wb") as f:
    written = 0
    i = 0
    while written < 300000:
        n = (i * 997) % 5003 + 1
        piece = (pattern * (n // 256 + 1))[:n]
        written += f.write(piece)
        i += 1
    print(written, f.tell(), i)
print(os.stat(N)[6])
for size in (1, 255, 4096, 10007, 65536, 300000, -1):
    with open(N, "rb") as f:
        total = 0
        chk = 0
        count = 0
        while True:
            b = f.read(size) if size != 1 or count < 5000 else f.read(100000)
            if not b:
                break
            total += len(b)
            chk = (chk * 31 + b[0] + b[-1] * 7 + len(b)) % 1000003
            count += 1
            if size == -1:
                break
        print(size, total, chk, count)
with open(N, "rb") as f:
    f.seek(123456)
    a = f.read(10)
    f.seek(-10, 2)
    print(a, f.read(), f.tell())
os.remove(N)
