# Base16 (upper-case hex) with and without casefold
import base64

for data in (b"", b"\x00", b"\x01\xab\xff", b"Hello"):
    enc = base64.b16encode(data)
    print(enc, base64.b16decode(enc) == data)
print(base64.b16decode("48656C6C6F"), base64.b16decode(b"48656c6c6f", casefold=True))
for bad in (b"48656c", b"4G", "zz"):
    try:
        print(base64.b16decode(bad))
    except Exception as e:
        print(type(e).__name__, e)
