# oracle: skip
# expected: by reasoning (neither oracle build has cryptolib): ciphertexts are the FIPS-197
# appendix C vectors; errors and rules from extmod/modcryptolib.c (1.27).
# encrypt(in, out) / decrypt(in, out) write into a writable buffer at least as long as the input
# and return that same object; bytes and read-only views are not writable buffers.
from cryptolib import aes

key = bytes(range(16))
plain = bytes.fromhex("00112233445566778899aabbccddeeff")

out = bytearray(20)
r = aes(key, 1).encrypt(plain, out)
print(r is out, out.hex())
back = bytearray(16)
print(aes(key, 1).decrypt(out[:16], back) is back, back == plain)

buf = bytearray(plain)  # in place
aes(key, 1).encrypt(buf, buf)
print(buf.hex())
aes(key, 1).decrypt(buf, buf)
print(buf == plain)

big = bytearray(48)
mv = memoryview(big)
aes(key, 1).encrypt(plain, mv[16:32])
print(big[:16] == bytes(16), big[16:32].hex(), big[32:] == bytes(16))

for bad in (bytes(16), memoryview(bytes(16)), "x" * 16, 7):
    try:
        aes(key, 1).encrypt(plain, bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError", e)
try:
    aes(key, 1).encrypt(plain, bytearray(15))
except ValueError as e:
    print("ValueError", e)
