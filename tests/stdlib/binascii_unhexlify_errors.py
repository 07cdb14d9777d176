# oracle: unix
import binascii


def t(*args, **kw):
    try:
        print(repr(binascii.unhexlify(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e.args)


for x in ("abcde", "ab cd e", "a b cd ef", "ab cd e f ", "abga", "ab_cd", "ab:cd", "\x00", "0x12", "ab\x1fcd", "ab\xa0cd", "é1", "1 "):
    t(x)
    t(x.encode())
t(5)
t(None)
t([0x30, 0x30])
t()
t("ab", "cd")
t(data="ab")
