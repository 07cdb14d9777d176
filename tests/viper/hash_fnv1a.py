# oracle: board
# requires: viper
import micropython

# 32-bit FNV-1a: the multiply wraps at 32 bits.


@micropython.viper
def fnv1a(buf, n: int) -> uint:
    p = ptr8(buf)
    h = uint(0x811C9DC5)
    for i in range(n):
        h ^= p[i]
        h *= 16777619
    return h


for word in (b"", b"a", b"foobar", b"viper"):
    print(word, hex(fnv1a(word, len(word))))
