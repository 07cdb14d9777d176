# oracle: unix
# requires: viper
import micropython


@micropython.viper
def fletcher16(buf, n: int) -> int:
    p = ptr8(buf)
    a = 0
    b = 0
    for i in range(n):
        a = (a + p[i]) % 255
        b = (b + a) % 255
    return (b << 8) | a


for data in (b"abcde", b"abcdef", b"abcdefgh", b""):
    print(data, hex(fletcher16(data, len(data))))
