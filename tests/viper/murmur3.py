# oracle: board
# requires: viper
import micropython

# MurmurHash3 (x86, 32-bit): multiplies, rotates and xors on wrapping words.


@micropython.viper
def rotl(x: uint, r: uint) -> uint:
    return (x << r) | (x >> (32 - r))


@micropython.viper
def murmur3(buf, n: int, seed: uint) -> uint:
    p = ptr8(buf)
    c1 = uint(0xCC9E2D51)
    c2 = uint(0x1B873593)
    h = seed
    nblocks = n // 4
    for i in range(nblocks):
        j = i * 4
        k = uint(p[j] | (p[j + 1] << 8) | (p[j + 2] << 16) | (p[j + 3] << 24))
        k = uint(rotl(k * c1, 15)) * c2
        h ^= k
        h = uint(rotl(h, 13)) * 5 + uint(0xE6546B64)
    k = uint(0)
    tail = nblocks * 4
    rem = n & 3
    if rem >= 3:
        k ^= p[tail + 2] << 16
    if rem >= 2:
        k ^= p[tail + 1] << 8
    if rem >= 1:
        k ^= p[tail]
        k = uint(rotl(k * c1, 15)) * c2
        h ^= k
    h ^= n
    h ^= h >> 16
    h *= uint(0x85EBCA6B)
    h ^= h >> 13
    h *= uint(0xC2B2AE35)
    h ^= h >> 16
    return h


for data, seed in ((b"", 0), (b"", 1), (b"hello", 0), (b"hello, world", 0), (b"abc", 42)):
    print(data, seed, hex(murmur3(data, len(data), seed)))
