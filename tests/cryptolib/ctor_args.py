# oracle: skip
# expected: by reasoning (neither oracle build has cryptolib): from extmod/modcryptolib.c (1.27)
# as the unix port builds it (MICROPY_PY_CRYPTOLIB_CONSTS and _CTR enabled).
# aes(key, mode[, IV]): argument count first, then mode, key, IV, each ValueError naming the
# part that is wrong.
from cryptolib import aes

k16 = bytes(16)
iv = bytes(16)


def try_new(*args, **kw):
    try:
        aes(*args, **kw)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


try_new()
try_new(k16)
try_new(k16, 1, iv, 0)
try_new(k16, mode=1)
for mode in (0, 3, 4, 5, 7, -1, True):
    try_new(k16, mode)
try_new(k16, "1")
try_new(k16, 1.0)
for n in (0, 8, 15, 17, 24, 31, 33, 64):
    try_new(bytes(n), 1)
try_new(bytes(32), 1)
try_new(123, 1)
try_new(bytes(24), 9)  # mode is checked before key
try_new(bytes(24), 2, b"x")  # key before IV
try_new(k16, 2)
try_new(k16, 6)
try_new(k16, 2, None)
try_new(k16, 6, None)
try_new(k16, 1, None)
try_new(k16, 1, b"short")  # an IV given to ECB is still checked
try_new(k16, 2, bytes(15))
try_new(k16, 6, bytes(17))
try_new(k16, 2, 5)
try_new(k16, 6, iv)
