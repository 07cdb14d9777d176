# the module's Base32 tables and translation helpers
import base64

print(bytes(base64._b32tab))
print(sorted(base64._b32rev.items())[:5], len(base64._b32rev))
print(base64._b32alphabet[0], base64._b32alphabet[31], len(base64._b32alphabet))
tab = base64._maketrans(b"ab", b"xy")
print(sorted(tab.items()), base64._translate(b"abcab", tab))
print(base64._bytes_from_decode_data("abc"), base64._bytes_from_decode_data(bytearray(b"q")))
print(sorted(base64.__all__))
