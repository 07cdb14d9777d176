b = bytearray(b"abcdef")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:4]))
m[0] = 90
print(b)
m2 = m[2:5]
m2[0] = 0x21
print(b, bytes(m2), len(m2))
print(list(memoryview(b"xyz")))
mb = memoryview(b"ro")
try:
    mb[0] = 1
except TypeError as e:
    print("TypeError", e)
import array
a = array.array("h", [1, -2, 3])
ma = memoryview(a)
print(len(ma), ma[1], list(ma))
ma[1] = 500
print(a)
