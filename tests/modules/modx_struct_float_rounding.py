# struct 'f'/'e' and array 'f': float rounding to single and half precision over values generated
# by a fixed pseudo-random sequence (magnitudes 2**-30..2**32, both signs; too big for a half wraps)
import struct, array
seed = 5
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n
for i in range(60):
    v = (rnd(2**20) / 2**20 + rnd(4)) * 2.0 ** (rnd(60) - 30) * (-1 if rnd(2) else 1)
    out = [repr(v)]
    for c in "fe":
        try:
            p = struct.pack("<" + c, v)
            out.append(p.hex() if hasattr(p, "hex") else str(p))
            out.append(repr(struct.unpack("<" + c, p)[0]))
        except Exception as e:
            out.append(type(e).__name__)
    out.append(repr(array.array("f", [v])[0]))
    print(" ".join(out))
