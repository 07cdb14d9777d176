# oracle: unix
# requires: viper
import micropython


@micropython.viper
def sort_bytes(buf, n: int) -> int:
    p = ptr8(buf)
    swaps = 0
    for i in range(n - 1):
        done = True
        for j in range(n - 1 - i):
            if p[j] > p[j + 1]:
                t = p[j]
                p[j] = p[j + 1]
                p[j + 1] = t
                swaps += 1
                done = False
        if done:
            break
    return swaps


b = bytearray(b"viperpython")
print(sort_bytes(b, len(b)), b)
s = bytearray(range(10))
print(sort_bytes(s, 10), list(s))
r = bytearray(range(9, -1, -1))
print(sort_bytes(r, 10), list(r))
