# Base32: padding for every leftover length, casefold and map01 on decode
import base64

for data in (b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"abcdef", b"\x00\xff" * 5, bytes(range(13))):
    enc = base64.b32encode(data)
    print(enc, base64.b32decode(enc) == data)
print(base64.b32decode("MZXW6YTBOI======"), base64.b32decode(b"mzxw6ytb", casefold=True))
print(base64.b32decode(b"0O======", map01=b"L"), base64.b32decode(b"ME1Q====", map01="I"))
for bad in (b"MZXW6", b"MZXW6YT1", b"M=======", b"MZXW6Y==", b"mzxw6ytb"):
    try:
        print(base64.b32decode(bad))
    except Exception as e:
        print(type(e).__name__, e)
