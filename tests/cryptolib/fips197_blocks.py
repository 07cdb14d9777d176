# oracle: skip
# expected: by reasoning (neither oracle build has cryptolib): ciphertexts are the FIPS-197 and
# NIST SP 800-38A known-answer vectors; errors and rules from extmod/modcryptolib.c (1.27).
# FIPS-197 appendix C: one block under a 128-bit and a 256-bit key, both directions.
from cryptolib import aes

plain = bytes.fromhex("00112233445566778899aabbccddeeff")
for key in (bytes(range(16)), bytes(range(32))):
    c = aes(key, 1).encrypt(plain)
    print(len(key), c.hex())
    print(aes(key, 1).decrypt(c) == plain)
