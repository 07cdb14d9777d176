# struct: every format character under every byte-order prefix: calcsize, pack, unpack
import struct
chars = "bBhHiIlLqQfdsPx?e"
for pre in ("", "@", "=", "<", ">", "!"):
    for c in chars:
        f = pre + c
        try:
            n = struct.calcsize(f)
        except Exception as e:
            print(f, "calcsize", type(e).__name__, e)
            continue
        if c in "fde":
            v = (1.5,)
        elif c == "s":
            v = (b"Z",)
        elif c == "x":
            v = ()
        elif c == "?":
            v = (True,)
        else:
            v = (7,)
        try:
            p = struct.pack(f, *v)
            print(f, n, p, struct.unpack(f, p))
        except Exception as e:
            print(f, n, type(e).__name__, e)
