import hashlib


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e.args)


t(lambda: hashlib.sha256(5))
t(lambda: hashlib.sha256(None))
t(lambda: hashlib.sha256([1, 2]))
t(lambda: hashlib.sha256(b"a", b"b"))
t(lambda: hashlib.sha256(data=b"a"))
t(lambda: hashlib.sha256(b"abc", foo=1))
h = hashlib.sha256(b"a")
t(lambda: h.update(5))
t(lambda: h.update(None))
t(lambda: h.update())
t(lambda: h.update(b"a", b"b"))
t(lambda: h.update(data=b"a"))
t(lambda: h.digest(1))
t(lambda: h.hexdigest())
t(lambda: h.copy())
t(lambda: h.name)
t(lambda: h.digest_size)
t(lambda: h.block_size)
t(lambda: h.digest())
