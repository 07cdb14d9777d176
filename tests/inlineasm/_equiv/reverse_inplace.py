from array import array
def brev(b, n):
    b[:n] = bytes(reversed(b[:n]))
def hrev(h, n):
    for i in range(n // 2):
        h[i], h[n - 1 - i] = h[n - 1 - i], h[i]
b = bytearray(b"abcdefg")
brev(b, len(b))
print(b)
brev(b, 4)
print(b)
e = bytearray(b"xy")
brev(e, 2)
print(e)
h = array("h", [1, -2, 300, -4000, 5])
hrev(h, len(h))
print(h)
hrev(h, 2)
print(h)
