# oracle: skip
# expected: equivalent pure-Python code (_equiv/bytes_sum.py) run by the reference MicroPython
import micropython
# sum and xor of the bytes of a bytearray (ldrb loop with a post-increment by hand)
@micropython.asm_thumb
def bsum(r0, r1):
    mov(r2, 0)
    label(loop)
    cmp(r1, 0)
    beq(done)
    ldrb(r3, [r0, 0])
    add(r2, r2, r3)
    add(r0, 1)
    sub(r1, 1)
    b(loop)
    label(done)
    mov(r0, r2)
@micropython.asm_thumb
def bxor(r0, r1):
    mov(r2, 0)
    add(r1, r0, r1)
    label(loop)
    cmp(r0, r1)
    bcs(done)
    ldrb(r3, [r0, 0])
    eor(r2, r3)
    add(r0, 1)
    b(loop)
    label(done)
    mov(r0, r2)
b = bytearray(range(0, 256, 7))
print(bsum(b, len(b)), bsum(b, 0), bsum(b, 5), bxor(b, len(b)), bxor(b, 3))
c = bytearray(b"\xff" * 300)
print(bsum(c, len(c)), bxor(c, len(c)), bxor(c, 299))
print(bsum(b"hello world", 11), bxor(b"hello world", 11))
