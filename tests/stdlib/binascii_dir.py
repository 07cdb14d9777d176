# oracle: unix
import binascii

print(dir(binascii))
print(binascii)
for name in ("a2b_hex", "b2a_hex", "crc_hqx", "a2b_qp"):
    print(name, hasattr(binascii, name))
