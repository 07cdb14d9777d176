# oracle: unix
import binascii


def t(*args, **kw):
    try:
        print(repr(binascii.b2a_base64(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e.args)


t(b"ab", False)
t(b"ab", True)
t(b"ab", 0)
t(b"ab", newline=0)
t(b"ab", newline=[])
t(b"ab", newline=[0])
t(b"ab", newline=None)
t(b"ab", newline="x")
t(b"ab", True, True)
t(b"ab", 1, newline=True)
t(b"ab", foo=1)
t(b"ab", newline=True, foo=1)
t(data=b"ab")
t()
t(5)
t(None, newline=False)
