# oracle: unix
# open()'s buffering and encoding arguments in every position and value (accepted, unused),
# and what the other keyword and argument-count errors say.
import os, io

N = "_tmp_osx_open_kwargs.txt"
with open(N, "w") as f:
    f.write("caf\u00e9")
for buf in (-1, 0, 1, 2, 4096, 10 ** 6, 2 ** 40, True, None, "x", 1.5, [0]):
    try:
        with open(N, "r", buf) as f:
            a = f.read()
        with open(N, buffering=buf) as f:
            print("buffering", repr(buf), a, f.read())
    except TypeError as e:
        print("buffering", repr(buf), "TypeError", e)
for args, kw in (((), {"buffering": None}), (("r", None), {}), (("r", "x"), {"mode": "w"})):
    try:
        open(*args, **kw)
    except TypeError as e:
        print(args, kw, "TypeError", e)
for enc in ("utf-8", "UTF8", "latin-1", "ascii", "bogus", None, 5, b"utf-8"):
    with open(N, encoding=enc) as f:
        a = f.read()
    with open(N, "rb", -1, enc) as f:
        print("encoding", repr(enc), a, f.read())
for kw in ({"errors": "strict"}, {"newline": ""}, {"closefd": False}, {"opener": None},
           {"mode": "r", "file": N}, {"encoding": "utf-8", "buffering": 0, "mode": "rb"}):
    try:
        with open(**kw) if "file" in kw else open(N, **kw) as f:
            print(sorted(kw), repr(f.read()))
    except TypeError as e:
        print(sorted(kw), "TypeError", e)
for args in ((N, "r", -1, None, None), (N, "r", -1, None, None, None)):
    try:
        open(*args)
    except TypeError as e:
        print(len(args), "TypeError", e)
print(io.open is open, io.open(N).read())
try:
    open(N, "r", mode="r")
except TypeError as e:
    print("mode twice", type(e).__name__, e)
os.remove(N)
