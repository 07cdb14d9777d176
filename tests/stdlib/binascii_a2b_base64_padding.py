# oracle: unix
# Lenient decoding: characters outside the alphabet are skipped, and padding decides where
# the data ends.
import binascii


def t(s):
    try:
        print(s, repr(binascii.a2b_base64(s)))
    except Exception as e:
        print(s, type(e).__name__, e.args)


for s in (
    b"a", b"ab", b"abc", b"YQ", b"YQ=", b"YWI", b"Y=Q==", b"=YQ==", b"Y\x00Q==", b"YWJjZA",
    b"YWJjZA=x=", b"YWJjZA= =", b"YWJjZ===", b"YWJjZ=", b"Y", b"YW", b"YWJ=x", b"ab=c", b"ab=x=",
    b"abc=def", b"!!!", b"-_-_", b"====", b"YQ=\n=", b"YWJj=", b"YWJjZA==YWI=",
):
    t(s)
for bad in (5, None, [1, 2]):
    try:
        binascii.a2b_base64(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
for args, kw in (((b"YQ==", True), {}), ((b"YQ==",), {"strict_mode": True}), ((), {})):
    try:
        binascii.a2b_base64(*args, **kw)
    except TypeError as e:
        print(e)
