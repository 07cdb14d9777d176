# array: append/extend/pop/remove/insert/index/count/reverse as far as MicroPython has them
from array import array
a = array("h", [1, 2, 3])
for name in ("append", "extend", "pop", "remove", "insert", "index", "count", "reverse", "decode", "tobytes", "frombytes", "tolist", "byteswap", "itemsize", "typecode", "buffer_info"):
    print(name, hasattr(a, name))
a.append(4)
a.extend([5, 6])
a.extend(array("h", [7]))
a.extend(b"\x08\x00")
a.extend(array("b", [9, 9]))
print(a, len(a))
for bad in (5, None, "ab", [1, "x"], [1.5]):
    try:
        a.extend(bad)
        print("ok", a)
    except Exception as e:
        print(type(e).__name__, e)
for bad in ("x", 1.5, None, 2**40, -2**20):
    try:
        a.append(bad)
        print("ok", a)
    except Exception as e:
        print(type(e).__name__, e)
u = array("B")
u.append(255)
try:
    u.append(256)
except Exception as e:
    print(type(e).__name__, e)
u.append(-1)
print(u)
