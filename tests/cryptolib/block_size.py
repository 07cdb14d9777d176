# oracle: skip
# expected: by reasoning (neither oracle build has cryptolib): from extmod/modcryptolib.c (1.27)
# as the unix port builds it (MICROPY_PY_CRYPTOLIB_CONSTS and _CTR enabled).
# ECB and CBC take whole 16-byte blocks only ("blksize % 16"); CTR takes any length.
from cryptolib import aes

key = bytes(range(32))
iv = bytes(range(16))
for mode in (1, 2, 6):
    out = []
    for n in (0, 1, 15, 16, 17, 31, 32, 33, 48):
        try:
            out.append(len(aes(key, mode, iv).encrypt(bytes(n))))
        except ValueError as e:
            out.append(str(e))
    print(mode, out)
try:
    aes(key, 1).decrypt(bytearray(20))
except ValueError as e:
    print("decrypt", e)
print(aes(key, 2, iv).encrypt(b""), aes(key, 6, iv).decrypt(b""))
