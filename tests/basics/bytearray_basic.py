ba = bytearray(b"abc")
print(ba, len(ba), ba[0], ba[-1])
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba)
ba[1:3] = b"XYZ"
print(ba, ba[1:4])
ba[0:1] = b""
print(ba)
print(bytearray(4), bytearray([1, 2, 3]), bytearray("hi", "utf-8"))
print(ba + b"!", ba * 2 if hasattr(ba, "__mul__") else "-", b"Y" in ba)
ba2 = bytearray(b"hello world")
print(ba2.find(b"o"), ba2.decode(), bytes(ba2), ba2 == b"hello world")
ba2.reverse() if hasattr(ba2, "reverse") else None
print(ba2)
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError", e)
