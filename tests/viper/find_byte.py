# oracle: unix
# requires: viper
import micropython


@micropython.viper
def find(buf, n: int, c: int) -> int:
    p = ptr8(buf)
    for i in range(n):
        if p[i] == c:
            return i
    return -1


@micropython.viper
def strlen(buf) -> int:
    p = ptr8(buf)
    i = 0
    while p[i]:
        i += 1
    return i


@micropython.viper
def count_lines(buf, n: int) -> int:
    p = ptr8(buf)
    k = 0
    for i in range(n):
        if p[i] == 10:
            k += 1
    return k


print(find(b"hello", 5, ord("l")), find(b"hello", 5, ord("z")), find(b"", 0, 0))
print(strlen(b"abc\x00def"), strlen(b"\x00"), strlen(bytearray(b"xy\x00")))
text = b"one\ntwo\nthree\n"
print(count_lines(text, len(text)))
