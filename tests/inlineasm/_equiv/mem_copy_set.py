from array import array
def memcpy(d, s, n):
    d[:n] = s[:n]
    return 0
def memset32(w, v, n):
    for i in range(n):
        w[i] = v & 0xFFFFFFFF
    return n
def copy_count(d, s, n):
    c = 0
    for i in range(n):
        if d[i] != s[i]:
            c += 1
            d[i] = s[i]
    return c
d = bytearray(10)
print(memcpy(d, b"0123456789", 10), d)
memcpy(d, b"ABC", 3)
print(d)
w = array("I", [0] * 6)
print(memset32(w, 0xDEADBEEF, 4), [hex(v) for v in w])
print(memset32(w, -1, 0), memset32(w, 7, 6), list(w))
print(copy_count(d, b"ABCxyz6789", 10), d, copy_count(d, b"ABCxyz6789", 10))
