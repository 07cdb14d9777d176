# A bytes subclass instance has no len() (nor reversed()), is always true, hashes by identity
# and bytes() of it is plain bytes: MicroPython's fast paths take only exact bytes.
# oracle: unix
class B(bytes): pass
class BA(bytearray): pass
b = B(b'abc')
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: len(b))
t(lambda: list(reversed(b)))
t(lambda: type(bytes(b)).__name__)
t(lambda: b == b'abc')
t(lambda: b + b'd')
t(lambda: b[1])
t(lambda: b.upper())
t(lambda: type(b.upper()).__name__)
t(lambda: hash(b) == hash(b'abc'))
t(lambda: b'b' in b)
t(lambda: bytearray(b))
t(lambda: list(b))
t(lambda: bool(B(b'')))
t(lambda: bool(b))
t(lambda: b.decode())
