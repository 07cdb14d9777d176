# oracle: unix
# The start value is truncated to 32 bits; the result is always unsigned.
import binascii


def t(*args, **kw):
    try:
        print(repr(binascii.crc32(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e.args)


for v in (0, 1, 5, -1, -2, 2**31, 2**32 - 1, 2**32, 2**40 + 3, 2**64 - 1, -(2**70), True, False):
    t(b"abc", v)
t(b"abc", 1.5)
t(b"abc", "1")
t(b"abc", None)
t("abc", 0)
t(5)
t()
t(b"a", 1, 2)
t(b"a", value=1)
