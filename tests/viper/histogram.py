# oracle: unix
# requires: viper
import micropython

import array


@micropython.viper
def histogram(data, n: int, bins):
    p = ptr8(data)
    h = ptr32(bins)
    for i in range(n):
        h[p[i] >> 5] += 1


@micropython.viper
def most_common(bins, nbins: int) -> int:
    h = ptr32(bins)
    best = 0
    for i in range(1, nbins):
        if h[i] > h[best]:
            best = i
    return best


bins = array.array("I", [0] * 8)
data = bytes((i * 37) & 0xFF for i in range(200))
histogram(data, len(data), bins)
print(list(bins), sum(bins))
print(most_common(bins, 8))
