# oracle: unix
# r+/w+/a+ files: reads and writes interleaved, the position each leaves behind.
import os

N = "_tmp_osx_rw_interleave.txt"
for mode in ("r+", "w+", "a+", "r+b", "w+b", "a+b"):
    with open(N, "w") as f:
        f.write("abcdefghij")
    b = "b" in mode
    with open(N, mode) as f:
        log = []
        for step in range(6):
            if step % 2 == 0:
                log.append(f.read(2))
            else:
                log.append(f.write(b"XY" if b else "XY"))
            log.append(f.tell())
        f.seek(0)
        log.append(f.read())
        print(mode, log)
with open(N, "a") as f:
    print(f.tell(), f.seek(0), f.write("tail"), f.tell())
with open(N) as f:
    print(f.read())
os.remove(N)
