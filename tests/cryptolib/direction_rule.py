# oracle: skip
# expected: by reasoning (neither oracle build has cryptolib): from extmod/modcryptolib.c (1.27)
# as the unix port builds it (MICROPY_PY_CRYPTOLIB_CONSTS and _CTR enabled).
# The first encrypt() or decrypt() call fixes an aes object's direction (the key schedule is
# made for it); the other one then raises, in every mode. A call that fails its argument checks
# fixes nothing; an empty one does.
from cryptolib import aes

key = bytes(range(16))
iv = bytes(16)


def attempt(f, *args):
    try:
        r = f(*args)
        print("ok", len(r))
    except ValueError as e:
        print("ValueError", e)


for mode, args in ((1, ()), (2, (iv,)), (6, (iv,))):
    print("mode", mode)
    a = aes(key, mode, *args)
    attempt(a.encrypt, bytes(16))
    attempt(a.decrypt, bytes(16))
    attempt(a.encrypt, bytes(32))
    b = aes(key, mode, *args)
    attempt(b.decrypt, bytes(16))
    attempt(b.encrypt, bytes(16))
    attempt(b.decrypt, bytes(16))

print("failed checks")
c = aes(key, 2, iv)
attempt(c.encrypt, bytes(5))  # blksize % 16, direction still open
attempt(c.encrypt, bytes(16), bytearray(8))  # output too small, still open
attempt(c.decrypt, bytes(16))
attempt(c.encrypt, bytes(16))
print("empty")
d = aes(key, 1)
attempt(d.encrypt, b"")
attempt(d.decrypt, b"")
