data = bytearray(range(10))
mv = memoryview(data)
tail = mv[5:]
print(len(tail), list(tail), tail[0])
tail[0:2] = b"\xaa\xbb"
print(data)
print(bytes(mv[2:4]), mv[::1][1] if True else 0)
mv2 = memoryview(b"immutable")
print(bytes(mv2[:3]), len(mv2))
sub = mv[1:9][2:4]
print(list(sub))
print(memoryview(bytearray(b"ab")) == b"ab" if False else "skip-eq")
