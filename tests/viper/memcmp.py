# oracle: unix
# requires: viper
import micropython


@micropython.viper
def memcmp(a, b, n: int) -> int:
    p = ptr8(a)
    q = ptr8(b)
    for i in range(n):
        d = p[i] - q[i]
        if d:
            return d
    return 0


@micropython.viper
def equal_words(a, b, words: int) -> bool:
    p = ptr32(a)
    q = ptr32(b)
    for i in range(words):
        if p[i] != q[i]:
            return False
    return True


print(memcmp(b"abc", b"abc", 3), memcmp(b"abc", b"abd", 3), memcmp(b"b", b"a", 1))
print(memcmp(b"\x00\xff", b"\x00\x01", 2))
print(equal_words(b"12345678", b"12345678", 2), equal_words(b"12345678", b"12345679", 2))
