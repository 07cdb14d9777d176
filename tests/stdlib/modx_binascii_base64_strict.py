# oracle: unix
# binascii.a2b_base64: junk characters, misplaced padding, lengths, strict mode (if any); and
# b2a_base64 newline keyword
import binascii
for s in (b"", b"QQ==", b"QQ", b"QQ=", b"QUI=", b"QUJD", b"Q", b"QUJ", b"Q===", b"=QQ", b"QQ==QQ==", b"Q Q = =", b"QQ\n==",
          b"Q!Q==", b"QUJD\n", b"\x00QQ==", b"QU=I", b"Zm9vYmFy", b"Zm9vYg==", b"Zm9vYg", b"Zm9vYmE=", b"////", b"----", b"A",
          b"AB", b"ABC", b"ABCD=", b"ABCD==", "QQ==", bytearray(b"QQ=="), "é"):
    try:
        print(repr(s), binascii.a2b_base64(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for kw in ({"strict_mode": True}, {"strict_mode": False}):
    try:
        print(kw, binascii.a2b_base64(b"QQ==", **kw))
    except Exception as e:
        print(kw, type(e).__name__, e)
for d in (b"", b"a", b"ab", b"abc", b"abcd", bytes(range(60))):
    print(binascii.b2a_base64(d), binascii.b2a_base64(d, newline=False))
for bad in ("str", None, 5):
    try:
        print(binascii.b2a_base64(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(binascii.b2a_base64(b"x", False))
except Exception as e:
    print(type(e).__name__, e)
