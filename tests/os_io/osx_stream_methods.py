# oracle: unix
# The methods every file and standard stream has (same set), their arities, and readlines() on a
# write-only file.
import os, sys

N = "_tmp_osx_stream_methods.txt"
with open(N, "w") as f:
    names = sorted(n for n in dir(f) if not n.startswith("__") or n in ("__enter__", "__exit__", "__next__"))
    print(names)
    print(sorted(dir(f)) == sorted(dir(open(N, "rb"))))
    std = sorted(n for n in dir(sys.stdout) if n != "buffer")
    print(std == sorted(dir(f)), sorted(dir(sys.stdout.buffer)) == sorted(dir(f)))
    print("buffer" in dir(sys.stdin), "buffer" in dir(f), hasattr(f, "buffer"))
    for name in ("read", "readline", "readlines", "readinto", "write", "seek", "tell", "flush",
                 "close", "fileno", "__enter__", "__exit__", "__next__"):
        m = getattr(f, name)
        counts = []
        for n in range(6):
            try:
                m(*([b"ab"] + [1] * (n - 1) if n else []))
                counts.append(n)
            except TypeError as e:
                if "argument" in str(e):
                    continue
                counts.append(n)
            except (OSError, ValueError, StopIteration, MemoryError):
                counts.append(n)
        print(name, counts)
os.remove(N)
