# oracle: board
# requires: viper
import micropython

# A linear congruential generator whose state wraps at 32 bits.
import array


@micropython.viper
def lcg_fill(out, n: int, seed: int) -> int:
    p = ptr32(out)
    x = uint(seed)
    a = uint(1103515245)
    for i in range(n):
        x = x * a + 12345
        p[i] = int(x)
    return int(x)


buf = array.array("I", [0] * 6)
last = lcg_fill(buf, 6, 1)
print(list(buf))
print(last, [v >> 16 & 0x7FFF for v in buf])
