# oracle: unix
# Seeking past the end and writing leaves a hole of zero bytes; reading there gives b''.
import os

N = "_tmp_osx_seek_past_end.bin"
with open(N, "wb") as f:
    f.write(b"abc")
    print(f.seek(10), f.tell(), f.write(b"Z"), f.tell())
    print(f.seek(-2, 2), f.write(b"yy"), f.tell())
print(os.stat(N)[6])
with open(N, "rb") as f:
    print(f.read())
    print(f.seek(100), f.read(), f.read(5), f.tell())
    print(f.seek(-1, 2), f.read(), f.seek(0, 1))
with open(N, "r+b") as f:
    print(f.seek(0, 2), f.write(b"END"), f.seek(0), f.read())
with open(N, "r+") as f:
    print(f.read(2), f.write("--"), f.tell(), f.seek(0), f.read(6))
os.remove(N)
