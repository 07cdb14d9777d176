# memoryview item and slice assignment writes through; read-only bytes refuse
import array
ba = bytearray(b"abcdef")
m = memoryview(ba)
m[0] = 65
m[-1] = 70
m[1:3] = b"XY"
m[3:5] = bytearray(b"pq")
print(ba)
sub = m[2:5]
sub[0] = 0x21
print(ba, bytes(sub))
for idx, val in [(0, 256), (0, -1), (10, 1), (0, b"a"), (0, "a")]:
    try:
        m[idx] = val
        print(ba)
    except Exception as e:
        print(type(e).__name__, e)
for val in [b"abc", b"a", b"", [1, 2], memoryview(b"zz")]:
    try:
        m[0:2] = val
        print(ba)
    except Exception as e:
        print(type(e).__name__, e)
ro = memoryview(b"const")
for op in [lambda: ro.__setitem__(0, 1)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
try:
    ro[0] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    ro[0:1] = b"x"
except Exception as e:
    print(type(e).__name__, e)
a = array.array("h", [0, 0, 0])
am = memoryview(a)
am[1] = -5
am[2] = 32767
print(a, list(am))
for v in [32768, -32769, 1.5]:
    try:
        am[0] = v
        print(a)
    except Exception as e:
        print(type(e).__name__, e)
am[0:2] = array.array("h", [9, 8])
print(a)
