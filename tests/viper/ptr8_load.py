# oracle: unix
# requires: viper
import micropython


@micropython.viper
def total(buf, n: int) -> int:
    p = ptr8(buf)
    s = 0
    for i in range(n):
        s += p[i]
    return s


@micropython.viper
def max_byte(buf, n: int) -> int:
    p = ptr8(buf)
    m = 0
    for i in range(n):
        if p[i] > m:
            m = p[i]
    return m


@micropython.viper
def load_is_unsigned(buf) -> int:
    p = ptr8(buf)
    return p[0] - p[1]


data = b"\x01\x02\xfe\xff\x80"
print(total(data, 5), total(data, 2), total(bytearray(100), 100))
print(max_byte(data, 5), max_byte(b"abc", 3))
print(load_is_unsigned(b"\xff\x01"), load_is_unsigned(b"\x01\xff"))
