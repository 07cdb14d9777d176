# oracle: skip
# expected: by reasoning (neither oracle build has cryptolib): from extmod/modcryptolib.c (1.27)
# as the unix port builds it (MICROPY_PY_CRYPTOLIB_CONSTS and _CTR enabled).
# The module table: aes and the PEP 272 mode numbers; dir() in MicroPython's qstr order
# (the static pool is sorted, so upper-case names come before __dict__).
import cryptolib

print(dir(cryptolib))
print(cryptolib.__name__, cryptolib)
print(cryptolib.MODE_ECB, cryptolib.MODE_CBC, cryptolib.MODE_CTR)
print(cryptolib.aes, type(cryptolib.aes(bytes(16), 1)))
print(dir(cryptolib.aes(bytes(16), 1)))
for name in ("MODE_CFB", "MODE_OFB", "MODE_GCM", "aes_ecb", "new"):
    print(name, hasattr(cryptolib, name))
