# memoryview over bytes/bytearray/array: len, indexing, slicing, nested slices, bytes()
import array
class _S:
    def __getitem__(self, k):
        return k
S = _S()
for src in [b"abcdef", bytearray(b"012345"), array.array("h", [1, -2, 300]), array.array("I", [7, 2**32 - 1]), b""]:
    m = memoryview(src)
    print(len(m), list(m), bytes(m), m[::1] == m if hasattr(m, "__eq__") else "")
    for sl in [S[1:], S[:-1], S[1:3], S[5:1], S[-100:100], S[::]]:
        try:
            sub = m[sl]
            print("  ", sl, len(sub), list(sub), bytes(sub))
        except Exception as e:
            print("  ", sl, type(e).__name__, e)
    for i in [0, -1, len(m), -len(m) - 1]:
        try:
            print("  ", i, m[i])
        except Exception as e:
            print("  ", i, type(e).__name__, e)
m = memoryview(b"0123456789")
print(bytes(m[2:8][1:3]), bytes(m[2:][2:][2:]), len(m[8:][5:]))
for bad in [S[::2], S[::-1], "a", 1.5]:
    try:
        print(m[bad])
    except Exception as e:
        print(type(e).__name__, e)
