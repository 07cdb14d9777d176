print(bytes(), bytes(2), bytes([1, 2]), bytes(range(3)), bytes("é", "utf-8"), bytes(bytearray(b"ba")))
print(bytearray(), bytearray(2), bytearray(b"x"), bytearray([255]), bytearray(range(2)))
print(memoryview(b"abc")[1], bytes(memoryview(bytearray(b"mv"))))
try:
    bytes("no encoding")
except TypeError as e:
    print("TypeError", e)
try:
    bytes([1, "a"])
except TypeError as e:
    print("TypeError")
print(bytes(b"a") == b"a", bytearray(b"a") == b"a", b"a" == bytearray(b"a"))
