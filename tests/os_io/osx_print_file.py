# oracle: unix
# print(file=...): to an open file (text and binary), to None (stdout), to objects without write.
import os, sys, io

N = "_tmp_osx_print_file.txt"
with open(N, "w") as f:
    print("to file", 1, 2, file=f)
    print("no newline", end="", file=f)
    print(file=f)
    print(*range(3), sep=":", end=";\n", file=f)
with open(N) as f:
    print(repr(f.read()))
with open(N, "wb") as f:
    try:
        print("to binary", file=f)
    except Exception as e:
        print(type(e).__name__, e)
with open(N, "rb") as f:
    print(f.read())
try:
    print("to None", file=None)
except OSError as e:
    print("None", e)
print("to stdout", file=sys.stdout)
s = io.StringIO()
print("into", "StringIO", file=s, sep="_")
print(repr(s.getvalue()))
for target in (1, "str", object(), [], io.BytesIO()):
    try:
        print("x", file=target)
        print(type(target).__name__, "accepted")
    except Exception as e:
        print(type(target).__name__, type(e).__name__, e)
f = open(N, "w")
f.close()
try:
    print("closed", file=f)
except Exception as e:
    print("closed file", type(e).__name__, e)
r = open(N)
try:
    print("read-only", file=r)
except OSError as e:
    print("read-only file", e.errno)
r.close()
os.remove(N)
