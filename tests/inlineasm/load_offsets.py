# oracle: skip
# expected: equivalent pure-Python code (_equiv/load_offsets.py) run by the reference MicroPython
import micropython
# loads/stores with immediate offsets on a struct-like buffer; sign extension by shifts
import struct
@micropython.asm_thumb
def read_rec(r0):
    # record: u8 a, u8 b, i16 c, i32 d -> a + b * 256 + c + d
    ldrb(r1, [r0, 0])
    ldrb(r2, [r0, 1])
    lsl(r2, r2, 8)
    add(r1, r1, r2)
    ldrh(r2, [r0, 2])
    lsl(r2, r2, 16)
    asr(r2, r2, 16)
    add(r1, r1, r2)
    ldr(r2, [r0, 4])
    add(r0, r1, r2)
@micropython.asm_thumb
def write_rec(r0, r1):
    # fields from r1: a = low byte, b = next byte, c = -r1 (low 16 bits), d = r1 * 3
    strb(r1, [r0, 0])
    lsr(r2, r1, 8)
    strb(r2, [r0, 1])
    neg(r2, r1)
    strh(r2, [r0, 2])
    add(r2, r1, r1)
    add(r2, r2, r1)
    str(r2, [r0, 4])
    ldr(r0, [r0, 124])
@micropython.asm_thumb
def far_fields(r0):
    ldrb(r1, [r0, 31])
    ldrh(r2, [r0, 62])
    ldr(r3, [r0, 124])
    add(r0, r1, r2)
    add(r0, r0, r3)
buf = bytearray(128)
struct.pack_into("<BBhi", buf, 0, 7, 2, -300, 100000)
print(read_rec(buf))
struct.pack_into("<BBhi", buf, 0, 255, 255, 32767, -1)
print(read_rec(buf))
buf[31] = 9
struct.pack_into("<H", buf, 62, 60000)
struct.pack_into("<i", buf, 124, -70000)
print(far_fields(buf), write_rec(buf, 0x1234), struct.unpack_from("<BBhi", buf, 0), read_rec(buf))
print(write_rec(buf, 0xAB), struct.unpack_from("<BBhi", buf, 0), read_rec(buf))
