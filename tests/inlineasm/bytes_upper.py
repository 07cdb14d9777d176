# oracle: skip
# expected: equivalent pure-Python code (_equiv/bytes_upper.py) run by the reference MicroPython
import micropython
@micropython.asm_thumb
def upper(r0, r1):
    mov(r3, 0)
    label(loop)
    cmp(r1, 0)
    beq(done)
    ldrb(r2, [r0, 0])
    cmp(r2, 97)
    blt(skip)
    cmp(r2, 122)
    bgt(skip)
    sub(r2, 32)
    strb(r2, [r0, 0])
    add(r3, 1)
    label(skip)
    add(r0, 1)
    sub(r1, 1)
    b(loop)
    label(done)
    mov(r0, r3)
@micropython.asm_thumb
def checksum(r0, r1):
    mov(r2, 0)
    label(loop)
    cmp(r1, 0)
    beq(done)
    ldrb(r3, [r0, 0])
    eor(r2, r3)
    add(r0, 1)
    sub(r1, 1)
    b(loop)
    label(done)
    mov(r0, r2)
buf = bytearray(b"Hello, asm world! 123 xyz")
print(upper(buf, len(buf)), buf)
print(checksum(b"\x01\x02\x04\x08", 4), checksum(bytearray(b"abc"), 3), checksum(b"", 0))
