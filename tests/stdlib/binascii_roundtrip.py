# oracle: unix
import binascii

data = bytes((i * 37 + 11) & 255 for i in range(300))
for n in (0, 1, 2, 3, 4, 5, 57, 58, 59, 60, 299, 300):
    d = data[:n]
    e = binascii.b2a_base64(d)
    h = binascii.hexlify(d)
    print(n, len(e), len(h), binascii.a2b_base64(e) == d, binascii.unhexlify(h) == d)
print(binascii.unhexlify(binascii.hexlify(data, " ")) == data)
print(binascii.crc32(binascii.hexlify(data)), binascii.crc32(binascii.b2a_base64(data)))
