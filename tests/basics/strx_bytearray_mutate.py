# bytearray item/slice assignment, deletion, append/extend/insert/pop/remove and clear
class _S:
    def __getitem__(self, k):
        return k
S = _S()  # MicroPython has no slice() constructor
ba = bytearray(b"abcdef")
ba[0] = 65
ba[-1] = 0x46
print(ba)
for sl, val in [(S[1:3], b"XY"), (S[1:3], b""), (S[0:0], b"pre"), (S[10:20], b"end"),
                (S[::2], b"123456"), (S[::-1], bytearray(b"r" * 0)), (S[2:4], [7, 8, 9]),
                (S[:], memoryview(b"mv"))]:
    b = bytearray(b"abcdef")
    try:
        b[sl] = val
        print(sl, b)
    except Exception as e:
        print(sl, type(e).__name__, e)
for idx, val in [(0, 256), (0, -1), (10, 1), (0, "a"), (0, 1.0), ("x", 1)]:
    b = bytearray(b"ab")
    try:
        b[idx] = val
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b"0123456789")
for k in [0, -1, S[2:4]]:
    try:
        del b[k]
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
try:
    del b[::2]
    print(b)
except Exception as e:
    print(type(e).__name__, e)
b = bytearray()
b.append(1)
b.extend(b"xy")
b.extend([3, 4])
b.extend(bytearray(b"z"))
b += b"!!"
print(b, len(b))
for op in [lambda: b.append(256), lambda: b.append("a"), lambda: b.extend(5), lambda: b.extend(["a"]),
           lambda: b.pop(), lambda: b.insert(0, 9), lambda: b.remove(120), lambda: b.remove(200), lambda: b.clear()]:
    try:
        r = op()
        print(r, b)
    except Exception as e:
        print(type(e).__name__, e)
