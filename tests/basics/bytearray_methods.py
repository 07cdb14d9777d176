ba = bytearray(b"hello")
ba.extend([32, 119])
print(ba, ba.pop() if hasattr(ba, "pop") else 119)
ba2 = bytearray(3)
ba2[0] = 1
ba2[1:] = b"\xff\xfe"
print(ba2, list(ba2))
print(bytearray(b"abc").upper() if hasattr(bytearray, "upper") else "-")
c = bytearray(b"x")
c += b"yz"
print(c, len(c))
d = bytearray(b"abcdef")
d[2:4] = b""
print(d)
d[0:0] = b"__"
print(d, d.find(b"e"), d.count(b"_"))
print(bytearray(b"abc") == bytearray(b"abc"), bytearray(b"a") < bytearray(b"b"))
