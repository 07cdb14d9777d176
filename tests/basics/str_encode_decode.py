s = "héllo€"
b = s.encode()
print(b, len(b), b.decode(), b.decode("utf-8") == s)
print("abc".encode("ascii") if True else "", str(b"xyz", "utf-8"))
try:
    b"\xff\xfe".decode()
except UnicodeError as e:
    print("UnicodeError")
print(bytes("Ω", "utf8"), "Ω".encode()[0])
print(repr(b.decode()[1:3]))
