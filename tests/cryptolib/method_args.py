# oracle: skip
# expected: by reasoning (neither oracle build has cryptolib): encrypt/decrypt are
# MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(2, 3) in extmod/modcryptolib.c; messages from py/argcheck.c.
from cryptolib import aes

a = aes(bytes(16), 1)
for call in (
    lambda: a.encrypt(),
    lambda: a.decrypt(),
    lambda: a.encrypt(bytes(16), bytearray(16), 0),
    lambda: a.encrypt(bytes(16), out=bytearray(16)),
    lambda: aes.encrypt(a, bytes(16)),
):
    try:
        print(len(call()))
    except TypeError as e:
        print("TypeError", e)
