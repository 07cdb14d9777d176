# oracle: unix
# Lines and multi-byte characters that straddle 4 KiB and 64 KiB read boundaries.
import os

N = "_tmp_osx_chunk_boundaries.txt"
for pad in (4093, 4094, 4095, 4096, 65534):
    with open(N, "w") as f:
        f.write("a" * pad + "\u20ac\U0001f600\n" + "b" * 5000 + "\n" + "\u00e9" * 3000 + "\nend")
    with open(N) as f:
        lines = f.readlines()
        print(pad, [len(l) for l in lines], lines[0][-3:], lines[-1])
    with open(N) as f:
        f.read(pad - 1)
        print(repr(f.read(4)), f.tell() - pad, len(f.readline()), len(f.readline()))
    with open(N, "rb") as f:
        f.read(pad)
        print(f.read(3), len(f.readline()), f.tell() - pad)
    with open(N) as f:
        total = 0
        sizes = []
        while True:
            s = f.read(777)
            if not s:
                break
            total += len(s)
            sizes.append(len(s))
        print(total, sizes[-1], len(sizes))
    with open(N) as f:
        print(sum(len(l) for l in f))
os.remove(N)
