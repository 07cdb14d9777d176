# oracle: unix
# requires: viper
import micropython


@micropython.viper
def rle(src, n: int, dst) -> int:
    s = ptr8(src)
    d = ptr8(dst)
    out = 0
    i = 0
    while i < n:
        c = s[i]
        run = 1
        while i + run < n and s[i + run] == c and run < 255:
            run += 1
        d[out] = run
        d[out + 1] = c
        out += 2
        i += run
    return out


@micropython.viper
def unrle(src, n: int, dst) -> int:
    s = ptr8(src)
    d = ptr8(dst)
    out = 0
    for i in range(0, n, 2):
        for _ in range(s[i]):
            d[out] = s[i + 1]
            out += 1
    return out


data = b"aaaabccddddddde"
enc = bytearray(32)
m = rle(data, len(data), enc)
print(m, list(enc[:m]))
dec = bytearray(32)
k = unrle(enc, m, dec)
print(k, dec[:k] == data)
