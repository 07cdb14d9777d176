# oracle: unix
# Every open() mode on an existing 10-byte file: which of read/write work, the type, the result.
import os

N = "_tmp_osx_mode_matrix.txt"
MODES = ["r", "w", "a", "x", "r+", "w+", "a+", "x+", "rb", "wb", "ab", "rb+", "r+b", "wt", "rt",
         "bt", "tb", "br+", "ww", "wa", "ar", "ra", "+", "b", "t", "", "+r", "b+w", "at+", "rx"]
for mode in MODES:
    with open(N, "w") as f:
        f.write("0123456789")
    try:
        f = open(N, mode)
    except Exception as e:
        print(mode, "open", type(e).__name__, e)
        continue
    out = [mode, type(f).__name__]
    try:
        out.append(repr(f.read(3)))
    except Exception as e:
        out.append(type(e).__name__ + str(e.args))
    try:
        out.append(f.write(b"Z" if "b" in mode and mode.rfind("b") > mode.rfind("t") else "Z"))
    except Exception as e:
        out.append(type(e).__name__ + str(e.args))
    out.append(f.tell())
    f.close()
    with open(N, "rb") as g:
        out.append(g.read())
    print(*out)
os.remove(N)
