# array: stores that wrap (ints out of range, big ints, bools, floats into int arrays) and float
# rounding into 'f', for every typecode, via append, item assignment and the constructor
from array import array
vals = [0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, 2**31, 2**32 + 5, -2**31 - 1, 2**63, 2**64 + 1, -2**63 - 1, True, False]
for tc in "bBhHiIlLqQ":
    a = array(tc)
    out = []
    for v in vals:
        try:
            a.append(v)
            out.append(a[-1])
        except Exception as e:
            out.append(type(e).__name__)
    print(tc, out)
for tc in "bBhHiIqQ":
    a = array(tc, [0])
    for v in (1.5, "1", None, 1j):
        try:
            a[0] = v
            print(tc, repr(v), a[0])
        except Exception as e:
            print(tc, repr(v), type(e).__name__, e)
f = array("f", [0.1, 1 / 3, 1e-46, 1e39, -1e39, 16777217, 2, True])
print(f)
d = array("d", [0.1, 1 / 3, 1e-320, 7, True])
print(d)
for v in ("x", None, [1]):
    try:
        array("f", [v])
    except Exception as e:
        print(type(e).__name__, e)
