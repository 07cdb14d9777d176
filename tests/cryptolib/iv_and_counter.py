# oracle: skip
# expected: by reasoning (neither oracle build has cryptolib): from the FIPS-197 appendix C
# vector, CBC/CTR as NIST SP 800-38A defines them, and extmod/modcryptolib.c (1.27).
# The IV is copied when the object is made; CTR's 128-bit counter is big-endian and wraps.
from cryptolib import aes

key = bytes(range(16))
plain = bytes.fromhex("00112233445566778899aabbccddeeff")
cipher = bytes.fromhex("69c4e0d86a7b0430d8cdb78070b4c55a")

iv = bytearray(16)
c = aes(key, 2, iv)
iv[0] = 1  # too late to matter
print(c.encrypt(plain) == cipher)  # CBC with a zero IV: first block is plain ECB
# second CBC block chains from the first ciphertext: E(p2 ^ c1)
p2 = bytes(a ^ b for a, b in zip(plain, cipher))
print(c.encrypt(p2).hex())

# CTR keystream block i is E(counter + i): with counter = plain, block 0 is the FIPS vector
s = aes(key, 6, plain).encrypt(bytes(16))
print(s.hex())
# all-ones counter wraps to zero: block 1 is E(0), block 0 is E(ff..ff)
ks = aes(key, 6, b"\xff" * 16).encrypt(bytes(32))
print(ks[:16] == aes(key, 1).encrypt(b"\xff" * 16), ks[16:] == aes(key, 1).encrypt(bytes(16)))
# a carry across bytes: ..00ff + 1 = ..0100
ks = aes(key, 6, bytes(15) + b"\xff").encrypt(bytes(32))
print(ks[16:] == aes(key, 1).encrypt(bytes(14) + b"\x01\x00"))
