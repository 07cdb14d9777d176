# oracle: skip
# expected: equivalent pure-Python code (_equiv/mem_copy_set.py) run by the reference MicroPython
import micropython
# memcpy (bytes), word memset and a copy that returns how many bytes differed before
from array import array
@micropython.asm_thumb
def memcpy(r0, r1, r2):
    label(loop)
    cmp(r2, 0)
    beq(done)
    ldrb(r3, [r1, 0])
    strb(r3, [r0, 0])
    add(r0, 1)
    add(r1, 1)
    sub(r2, 1)
    b(loop)
    label(done)
    mov(r0, 0)
@micropython.asm_thumb
def memset32(r0, r1, r2):
    mov(r3, 0)
    label(loop)
    cmp(r3, r2)
    bge(done)
    str(r1, [r0, 0])
    add(r0, 4)
    add(r3, 1)
    b(loop)
    label(done)
    mov(r0, r3)
@micropython.asm_thumb
def copy_count(r0, r1, r2):
    mov(r4, 0)
    label(loop)
    sub(r2, 1)
    bmi(done)
    ldrb(r3, [r1, 0])
    ldrb(r5, [r0, 0])
    cmp(r3, r5)
    beq(same)
    add(r4, 1)
    strb(r3, [r0, 0])
    label(same)
    add(r0, 1)
    add(r1, 1)
    b(loop)
    label(done)
    mov(r0, r4)
d = bytearray(10)
print(memcpy(d, b"0123456789", 10), d)
memcpy(d, b"ABC", 3)
print(d)
w = array("I", [0] * 6)
print(memset32(w, 0xDEADBEEF, 4), [hex(v) for v in w])
print(memset32(w, -1, 0), memset32(w, 7, 6), list(w))
print(copy_count(d, b"ABCxyz6789", 10), d, copy_count(d, b"ABCxyz6789", 10))
