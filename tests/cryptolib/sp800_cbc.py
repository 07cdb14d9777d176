# oracle: skip
# expected: by reasoning (neither oracle build has cryptolib): ciphertexts are the FIPS-197 and
# NIST SP 800-38A known-answer vectors; errors and rules from extmod/modcryptolib.c (1.27).
# SP 800-38A F.2.1-F.2.6: CBC-AES128 and CBC-AES256; the chaining value carries over between
# calls, so block-by-block calls give the same ciphertext as one call.
import cryptolib

plain = bytes.fromhex(
    "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
    "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710"
)
iv = bytes(range(16))
keys = (
    bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c"),
    bytes.fromhex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"),
)
for key in keys:
    c = cryptolib.aes(key, cryptolib.MODE_CBC, iv).encrypt(plain)
    for i in range(0, 64, 16):
        print(c[i : i + 16].hex())
    e = cryptolib.aes(key, 2, iv)
    print(e.encrypt(plain[:16]) + e.encrypt(plain[16:48]) + e.encrypt(plain[48:]) == c)
    d = cryptolib.aes(key, 2, iv)
    print(d.decrypt(c[:32]) + d.decrypt(c[32:]) == plain)
