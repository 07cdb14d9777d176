# b"" in a bytearray: one created empty has no buffer in MicroPython and finds nothing, one
# emptied later still finds the empty bytes at 0.
a = bytearray()
print(b"" in a)
b = bytearray(b"xy")
b[:] = b""
print(b"" in b, len(b))
c = bytearray(b"q")
c.extend(b"r")
c[0:2] = b""
print(b"" in c)
d = bytearray(3)
print(b"" in d, b"\x00" in d)
e = bytearray(b"")
print(bytearray() in e, b"" in bytearray(0))
