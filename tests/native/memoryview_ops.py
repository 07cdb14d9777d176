# oracle: unix, strip-native
import micropython


@micropython.native
def fill(mv, value):
    for i in range(len(mv)):
        mv[i] = value


@micropython.native
def window_sums(buf, width):
    mv = memoryview(buf)
    return [sum(mv[i:i + width]) for i in range(0, len(buf), width)]


buf = bytearray(8)
mv = memoryview(buf)
fill(mv[2:6], 7)
print(buf)
print(window_sums(bytearray(range(10)), 3))
print(bytes(mv[1:3]), len(mv[4:]), mv[-1])
