# oracle: skip
# expected: by reasoning (upy's model: the unix port maps /dev/mem, which a test machine lacks;
# upy simulates a sparse, zero-filled, little-endian RAM over all 64-bit addresses)
import machine

m8, m16, m32 = machine.mem8, machine.mem16, machine.mem32
print(m8[0], m16[0x1000], m32[0x40000000])
m32[0x20000000] = 0x12345678
print(hex(m32[0x20000000]), hex(m16[0x20000000]), hex(m16[0x20000002]))
print([hex(m8[0x20000000 + i]) for i in range(4)])
m8[0x20000001] = 0xFF
print(hex(m32[0x20000000]))
m16[0x20000002] = 0xABCD
print(hex(m32[0x20000000]))
m32[0x20000004] = -1
print(m32[0x20000004], m16[0x20000006], m8[0x20000007])
m8[0x20000008] = 0x1FF
m16[0x2000000A] = 0x12345
print(hex(m32[0x20000008]))
m32[0x2000000C] = 2**40 + 7
print(m32[0x2000000C])
m32[0x20000010] = True
print(m32[0x20000010])
# the last halfword of a page, and addresses beyond 32 bits or negative
m16[0xFFE] = 0x0102
print(m8[0xFFF], m8[0xFFE])
m32[1 << 40] = 5
print(m32[1 << 40], m32[0])
m32[-4] = 9
print(m32[2**64 - 4], m32[-4])
try:
    m32[0x20000000] = 1.5
except TypeError as e:
    print("TypeError", e)
print(hex(m32[0x20000000]))
