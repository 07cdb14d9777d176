# oracle: unix
# requires: viper
import micropython


@micropython.viper
def upper(buf, n: int) -> int:
    p = ptr8(buf)
    changed = 0
    for i in range(n):
        c = p[i]
        if 97 <= c <= 122:
            p[i] = c - 32
            changed += 1
    return changed


@micropython.viper
def swapcase(buf, n: int):
    p = ptr8(buf)
    for i in range(n):
        c = p[i]
        if (65 <= c <= 90) or (97 <= c <= 122):
            p[i] = c ^ 0x20


b = bytearray(b"Hello, Viper 123!")
print(upper(b, len(b)), b)
s = bytearray(b"MiXeD cAsE")
swapcase(s, len(s))
print(s)
