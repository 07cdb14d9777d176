# A bool is not an int for round(x, n) and pow(a, b, m); empty bytes give b'' from hex().
print(round(True), round(True, 1), round(False, -1), round(True, -1), round(3, -1))
for f in [lambda: pow(True, 2, 5), lambda: pow(2, True, 5), lambda: pow(2, 2, True),
          lambda: pow(2, 10, 7)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(repr(b''.hex()), repr(b''.hex(':')), repr(bytearray().hex()), b'\x01\xff'.hex(':'))
print(repr(memoryview(b'').hex()), memoryview(b'ab').hex())
