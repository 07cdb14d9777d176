# oracle: skip
# expected: equivalent pure-Python code (_equiv/array_sum.py) run by the reference MicroPython
import micropython
from array import array
@micropython.asm_thumb
def asum(r0, r1):
    mov(r2, 0)
    label(loop)
    cmp(r1, 0)
    beq(done)
    ldr(r3, [r0, 0])
    add(r2, r2, r3)
    add(r0, 4)
    sub(r1, 1)
    b(loop)
    label(done)
    mov(r0, r2)
@micropython.asm_thumb
def scale(r0, r1, r2):
    label(loop)
    cmp(r1, 0)
    beq(done)
    ldr(r3, [r0, 0])
    mul(r3, r2)
    str(r3, [r0, 0])
    add(r0, 4)
    sub(r1, 1)
    b(loop)
    label(done)
    mov(r0, 0)
@micropython.asm_thumb
def swap_halves(r0):
    ldrh(r1, [r0, 0])
    ldrh(r2, [r0, 2])
    strh(r1, [r0, 2])
    strh(r2, [r0, 0])
    ldrh(r0, [r0, 4])
a = array("i", [1, 2, 3, -4, 50000])
print(asum(a, 5), asum(a, 0), asum(a, 3))
print(scale(a, 4, 3), list(a), asum(a, 5))
h = array("H", [0x1234, 0xABCD, 7, 9])
print(swap_halves(h), [hex(v) for v in h])
