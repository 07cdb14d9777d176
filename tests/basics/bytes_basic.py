b = b"hello"
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:3], b[-2:])
print(bytes(3), bytes([65, 66, 67]), bytes("abc", "utf-8"), bytes(b"copy"))
print(b + b" world", b * 2, b"l" in b, 104 in b, b"xyz" in b)
print(list(b), b.find(b"l"), b.count(b"l"), b.index(b"o"))
print(b.upper(), b.replace(b"l", b"L"), b.split(b"e"), b.strip(b"ho"))
print(b"\x00\xff\n\t\\'", repr(b'"'), b"a'b")
print(b.decode(), str(b, "ascii"), b == b"hello", b < b"help")
print(b.startswith(b"he"), b.endswith(b"lo"), b"-".join([b"a", b"b"]))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
