# oracle: allow-errors
# slice assignment into bytearray, memoryview and array from every buffer kind and size
import array
class _S:
    def __getitem__(self, k):
        return k
S = _S()  # MicroPython has no slice() constructor
slices = [S[:], S[2:4], S[2:-1], S[:1], S[-1:-3], S[10:20], S[-10:2], S[1:1], S[::1], S[::2], S[::-1]]
vals = [b"", b"X", b"XYZ", bytearray(b"pq"), memoryview(b"mv"), [1, 2], "s", 5, array.array("b", [7]), array.array("h", [7])]
for kind in ["bytearray", "memoryview", "array"]:
    for sl in slices:
        row = []
        for v in vals:
            base = bytearray(b"abcdef")
            o = base if kind == "bytearray" else memoryview(base) if kind == "memoryview" else array.array("b", base)
            try:
                o[sl] = v
                row.append(bytes(base) if kind != "array" else bytes(o))
            except Exception as e:
                row.append(type(e).__name__ + ": " + str(e))
        print(kind, sl, row)
