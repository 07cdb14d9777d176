# oracle: unix, strip-native
import micropython


@micropython.native
def bits(a, b):
    return a & b, a | b, a ^ b, ~a, a << 4, a >> 2


@micropython.native
def popcount(x):
    n = 0
    while x:
        x &= x - 1
        n += 1
    return n


@micropython.native
def reverse8(x):
    r = 0
    for i in range(8):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r


print(bits(0b1100, 0b1010))
print(bits(-20, 7))
print([popcount(v) for v in (0, 1, 255, 0x5555, 1023)])
print([reverse8(v) for v in (1, 2, 0x80, 0xF0, 0x35)])
