# struct: native alignment (@ and no prefix) vs standard sizes (= < > !)
import struct
fmts = ["bi", "bh", "bq", "bd", "hb", "bhi", "ihb", "bQ", "bf", "b2h", "3sI", "xI", "cI" if False else "BI", "bbbI", "i3s", "Hq", "b0i", "0ib"]
for f in fmts:
    row = []
    for pre in ("", "@", "=", "<", ">", "!"):
        try:
            row.append(struct.calcsize(pre + f))
        except ValueError as e:
            row.append(str(e))
    print(f, row)
for pre in ("@", "<", ">"):
    p = struct.pack(pre + "bih", 1, 2, 3)
    print(pre, len(p), p, struct.unpack(pre + "bih", p))
