import binascii
import hashlib

for msg in (
    b"",
    b"abc",
    b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
    b"The quick brown fox jumps over the lazy dog",
    b"a" * 55,
    b"a" * 56,
    b"a" * 63,
    b"a" * 64,
    b"a" * 65,
    b"a" * 119,
    b"a" * 120,
    b"a" * 128,
    bytes(range(256)),
):
    print(len(msg), binascii.hexlify(hashlib.sha256(msg).digest()))
