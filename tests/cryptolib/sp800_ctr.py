# oracle: skip
# expected: by reasoning (neither oracle build has cryptolib): ciphertexts are the FIPS-197 and
# NIST SP 800-38A known-answer vectors; errors and rules from extmod/modcryptolib.c (1.27).
# SP 800-38A F.5.1-F.5.6: CTR-AES128 and CTR-AES256. CTR is a stream: any length, the unused
# keystream carries over between calls, and decrypt is the same operation as encrypt.
import cryptolib

plain = bytes.fromhex(
    "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
    "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710"
)
counter = bytes.fromhex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff")
keys = (
    bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c"),
    bytes.fromhex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"),
)
for key in keys:
    c = cryptolib.aes(key, cryptolib.MODE_CTR, counter).encrypt(plain)
    for i in range(0, 64, 16):
        print(c[i : i + 16].hex())
    e = cryptolib.aes(key, 6, counter)
    parts = [e.encrypt(plain[a:b]) for a, b in ((0, 5), (5, 5), (5, 21), (21, 40), (40, 64))]
    print([len(p) for p in parts], b"".join(parts) == c)
    print(cryptolib.aes(key, 6, counter).decrypt(c) == plain)
    print(cryptolib.aes(key, 6, counter).decrypt(plain) == c)
