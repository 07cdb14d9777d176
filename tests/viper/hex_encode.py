# oracle: unix
# requires: viper
import micropython


@micropython.viper
def to_hex(src, n: int, dst):
    s = ptr8(src)
    d = ptr8(dst)
    digits = ptr8(b"0123456789abcdef")
    for i in range(n):
        v = s[i]
        d[2 * i] = digits[v >> 4]
        d[2 * i + 1] = digits[v & 15]


@micropython.viper
def nibble(c: int) -> int:
    if c >= 97:
        return c - 87
    if c >= 65:
        return c - 55
    return c - 48


@micropython.viper
def from_hex(src, n: int, dst):
    s = ptr8(src)
    d = ptr8(dst)
    for i in range(n // 2):
        d[i] = (int(nibble(s[2 * i])) << 4) | int(nibble(s[2 * i + 1]))


data = b"\x00\x7f\xde\xad\xbe\xef"
out = bytearray(12)
to_hex(data, 6, out)
print(out)
back = bytearray(6)
from_hex(out, 12, back)
print(back == data, back)
raw = bytearray(3)
from_hex(b"C0FFEE", 6, raw)
print(raw)
