# oracle: unix
# requires: viper
import micropython

# Adler-32 stays below 2**31 for these inputs on every word size.


@micropython.viper
def adler32(buf, n: int) -> int:
    p = ptr8(buf)
    a = 1
    b = 0
    for i in range(n):
        a = (a + p[i]) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


for data in (b"", b"a", b"abc", b"Wikipedia", b"hello hello hello"):
    print(data, adler32(data, len(data)))
