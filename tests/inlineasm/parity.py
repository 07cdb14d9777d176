# oracle: skip
# expected: equivalent pure-Python code (_equiv/parity.py) run by the reference MicroPython
import micropython
# parity by xor folding, and even-parity bytes for a buffer
@micropython.asm_thumb
def parity(r0):
    lsr(r1, r0, 16)
    eor(r0, r1)
    lsr(r1, r0, 8)
    eor(r0, r1)
    lsr(r1, r0, 4)
    eor(r0, r1)
    lsr(r1, r0, 2)
    eor(r0, r1)
    lsr(r1, r0, 1)
    eor(r0, r1)
    mov(r1, 1)
    and_(r0, r1)
@micropython.asm_thumb
def set_parity_bits(r0, r1):
    # set bit 7 of each byte so that every byte has even parity; returns how many were set
    mov(r5, 0)
    label(loop)
    cmp(r1, 0)
    beq(done)
    ldrb(r2, [r0, 0])
    mov(r3, r2)
    lsr(r4, r3, 4)
    eor(r3, r4)
    lsr(r4, r3, 2)
    eor(r3, r4)
    lsr(r4, r3, 1)
    eor(r3, r4)
    mov(r4, 1)
    tst(r3, r4)
    beq(next)
    mov(r4, 0x80)
    orr(r2, r4)
    strb(r2, [r0, 0])
    add(r5, 1)
    label(next)
    add(r0, 1)
    sub(r1, 1)
    b(loop)
    label(done)
    mov(r0, r5)
print([parity(v) for v in (0, 1, 3, 7, 0xFF, 0x80000000, -1, 0x12345678, 0x7FFFFFFF)])
b = bytearray(b"Hello, 7-bit")
print(set_parity_bits(b, len(b)), list(b))
