# oracle: unix
# requires: viper
import micropython

# A pointer made from an address: int(p) + offset, then ptr8(...) again.


@micropython.viper
def tail_sum(buf, start: int, n: int) -> int:
    base = int(ptr8(buf))
    q = ptr8(base + start)
    s = 0
    for i in range(n - start):
        s += q[i]
    return s


@micropython.viper
def copy_with_offset(dst, src, off: int, n: int):
    d = ptr8(int(ptr8(dst)) + off)
    s = ptr8(src)
    for i in range(n):
        d[i] = s[i]


@micropython.viper
def same_address(a, b) -> bool:
    return int(ptr8(a)) == int(ptr8(b))


print(tail_sum(bytes(range(10)), 5, 10), tail_sum(b"\x05\x05", 0, 2))
d = bytearray(8)
copy_with_offset(d, b"XYZ", 3, 3)
print(d)
buf = bytearray(4)
print(same_address(buf, buf), same_address(buf, bytearray(4)))
