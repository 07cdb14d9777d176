ba = bytearray(b"0123456789")
print(ba[2:5], ba[-3:], ba[:0], ba[7:3])
ba[2:5] = b"AB"
print(ba, len(ba))
ba[0:2] = bytearray(b"xyz")
print(ba)
ba[len(ba):] = b"!"
print(ba)
ba[-1] = ord("?")
print(ba, ba[-1])
print(list(bytearray(b"\x01\x02")), bytearray(b"ab") + bytearray(b"cd"))
