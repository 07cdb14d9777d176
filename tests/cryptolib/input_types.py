# oracle: skip
# expected: by reasoning (neither oracle build has cryptolib): ciphertexts are the FIPS-197
# appendix C vectors; errors and rules from extmod/modcryptolib.c (1.27).
# Key, IV and data may be any object with the buffer protocol, str included (its UTF-8 bytes).
from cryptolib import aes
from array import array

key = bytes(range(16))
plain = bytes.fromhex("00112233445566778899aabbccddeeff")
want = "69c4e0d86a7b0430d8cdb78070b4c55a"
for k in (key, bytearray(key), memoryview(key), array("B", key), memoryview(b"??" + key)[2:]):
    print(type(k).__name__, aes(k, 1).encrypt(plain).hex() == want)
for p in (bytearray(plain), memoryview(plain), array("B", plain)):
    print(type(p).__name__, aes(key, 1).encrypt(p).hex() == want)
# a str key and data are their bytes
print(aes("0123456789abcdef", 1).encrypt("fedcba9876543210") == aes(b"0123456789abcdef", 1).encrypt(b"fedcba9876543210"))
print(aes(key, 2, array("B", bytes(16))).encrypt(plain).hex() == want)  # zero IV: CBC = ECB
try:
    aes(key, 1).encrypt(16)
except TypeError as e:
    print("TypeError", e)
print(type(aes(key, 1).encrypt(bytearray(plain))).__name__)
