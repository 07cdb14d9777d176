# oracle: unix
import binascii


def t(*args, **kw):
    try:
        print(repr(binascii.hexlify(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e.args)


t(b"\x01\xab\xff", ":")
t(b"\x01\xab\xff", b"-")
t(b"\x01\xab\xff", " ")
t(b"\x01\xab\xff", "ab")
t(b"\x01\xab\xff", "")
t(b"\x01\xab\xff", "é")
t(b"", ":")
t(b"\x05", ":")
t(b"abc", bytearray(b"-"))
t(b"abc", memoryview(b"-"))
t(b"abc", None)
t(b"abc", 5)
t(b"abc", sep=":")
t(b"abc", ":", 2)
t()
t(5)
t(None, ":")
