# oracle: unix
# sys.print_exception into files (text and binary) and other targets.
import os, sys

N = "_tmp_osx_print_exc.txt"
def fail(n):
    if n == 0:
        raise ValueError("deep", n)
    fail(n - 1)
try:
    fail(3)
except ValueError as e:
    err = e
with open(N, "w") as f:
    sys.print_exception(err, f)
    sys.print_exception(KeyError("k"), f)
    sys.print_exception(StopIteration(), f)
with open(N) as f:
    for line in f:
        print(line.rstrip())
with open(N, "wb") as f:
    sys.print_exception(OSError(2), f)
with open(N, "rb") as f:
    print(f.read())
for target in (None, 1, "file"):
    try:
        sys.print_exception(err, target)
    except Exception as e:
        print(repr(target), type(e).__name__, e)
f = open(N)
try:
    sys.print_exception(err, f)
except OSError as e:
    print("read-only", e.errno)
f.close()
try:
    sys.print_exception(err, f)
except ValueError as e:
    print("closed", e)
os.remove(N)
