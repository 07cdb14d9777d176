# b64encode/b64decode round trips, str input to the decoder, altchars
import base64

for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 7))):
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc) == data, base64.standard_b64encode(data) == enc)
print(base64.b64decode("aGVsbG8="), base64.standard_b64decode(b"aGVsbG8gd29ybGQ="))
print(base64.b64encode(bytearray(b"\xfb\xff\xfe")), base64.b64encode(b"\xfb\xff\xfe", b"*!"))
print(base64.b64decode(b"-__-", b"-_"), base64.b64decode("*!*!", "*!"))
