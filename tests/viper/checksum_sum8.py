# oracle: unix
# requires: viper
import micropython


@micropython.viper
def sum8(buf, n: int) -> int:
    p = ptr8(buf)
    s = 0
    for i in range(n):
        s = (s + p[i]) & 0xFF
    return s


@micropython.viper
def twos_complement_check(buf, n: int) -> int:
    return (0x100 - int(sum8(buf, n))) & 0xFF


msg = b"\x10\x20\x30\xf0"
c = twos_complement_check(msg, 4)
print(sum8(msg, 4), c, sum8(msg + bytes([c]), 5))
print(sum8(bytes(range(256)), 256), sum8(b"", 0))
