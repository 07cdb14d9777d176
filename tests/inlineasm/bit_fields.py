# oracle: skip
# expected: equivalent pure-Python code (_equiv/bit_fields.py) run by the reference MicroPython
import micropython
# extract and insert bit fields with register shifts and masks
@micropython.asm_thumb
def extract(r0, r1, r2) -> uint:
    # (r0 >> r1) & ((1 << r2) - 1)
    lsr(r0, r1)
    mov(r3, 1)
    lsl(r3, r2)
    sub(r3, 1)
    and_(r0, r3)
@micropython.asm_thumb
def insert(r0, r1, r2, r3) -> uint:
    # r0 with bits [r2, r2 + r3) replaced by r1
    mov(r4, 1)
    lsl(r4, r3)
    sub(r4, 1)
    and_(r1, r4)
    lsl(r4, r2)
    bic(r0, r4)
    lsl(r1, r2)
    orr(r0, r1)
@micropython.asm_thumb
def rgb565(r0, r1, r2) -> uint:
    lsr(r0, r0, 3)
    lsl(r0, r0, 11)
    lsr(r1, r1, 2)
    lsl(r1, r1, 5)
    orr(r0, r1)
    lsr(r2, r2, 3)
    orr(r0, r2)
@micropython.asm_thumb
def sign_extend12(r0):
    lsl(r0, r0, 20)
    asr(r0, r0, 20)
print([hex(extract(0x12345678, s, 8)) for s in (0, 4, 8, 24)], extract(-1, 3, 5), extract(0xF0, 4, 1))
print(hex(insert(0, 0xAB, 8, 8)), hex(insert(-1, 0, 4, 4)), hex(insert(0x12345678, 0x3F, 28, 4)))
print([hex(rgb565(*c)) for c in ((255, 255, 255), (255, 0, 0), (0, 255, 0), (0, 0, 255), (12, 34, 56))])
print([sign_extend12(v) for v in (0, 0x7FF, 0x800, 0xFFF, 0x1234, 5)])
