# oracle: unix
# requires: viper
import micropython


@micropython.viper
def copy(dst, src, n: int):
    d = ptr8(dst)
    s = ptr8(src)
    for i in range(n):
        d[i] = s[i]


@micropython.viper
def copy_backward(buf, src_off: int, dst_off: int, n: int):
    p = ptr8(buf)
    i = n - 1
    while i >= 0:
        p[dst_off + i] = p[src_off + i]
        i -= 1


@micropython.viper
def copy32(dst, src, words: int):
    d = ptr32(dst)
    s = ptr32(src)
    for i in range(words):
        d[i] = s[i]


out = bytearray(8)
copy(out, b"viper!", 6)
print(out)
b = bytearray(b"abcdef....")
copy_backward(b, 0, 3, 6)
print(b)
w = bytearray(12)
copy32(w, b"0123456789AB", 3)
print(w)
