# oracle: unix
# Iterating over a file yields its lines; mixing next(), readline() and read() shares the position.
import os

N = "_tmp_osx_iter_lines.txt"
with open(N, "w") as f:
    for i in range(8):
        f.write("line %d%s\n" % (i, "!" * i))
    f.write("no newline")
with open(N) as f:
    print([len(l) for l in f])
    print(list(f), f.readline())
with open(N) as f:
    print(next(f), f.readline(), end="")
    for l in f:
        if "3" in l:
            break
    print(l, f.read(6))
    it = iter(f)
    print(it is f, next(it), f.__next__())
with open(N, "rb") as f:
    print([l[-2:] for l in f])
    try:
        next(f)
    except StopIteration as e:
        print("StopIteration", e.args)
with open(N) as f:
    print(list(enumerate(f))[-2:])
with open(N) as f:
    print(sorted(f, key=len)[:2], sum(1 for _ in open(N)))
with open(N) as f:
    print(list(zip(f, f))[:2])
os.remove(N)
