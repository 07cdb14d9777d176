# oracle: skip
# expected: equivalent pure-Python code (_equiv/array_max.py) run by the reference MicroPython
import micropython
# signed and unsigned maximum/minimum of an array, with bgt/bls branches
from array import array
@micropython.asm_thumb
def smax(r0, r1):
    ldr(r2, [r0, 0])
    label(loop)
    sub(r1, 1)
    beq(done)
    add(r0, 4)
    ldr(r3, [r0, 0])
    cmp(r2, r3)
    bge(loop)
    mov(r2, r3)
    b(loop)
    label(done)
    mov(r0, r2)
@micropython.asm_thumb
def umax(r0, r1) -> uint:
    ldr(r2, [r0, 0])
    label(loop)
    sub(r1, 1)
    beq(done)
    add(r0, 4)
    ldr(r3, [r0, 0])
    cmp(r3, r2)
    bls(loop)
    mov(r2, r3)
    b(loop)
    label(done)
    mov(r0, r2)
@micropython.asm_thumb
def smin_index(r0, r1):
    ldr(r2, [r0, 0])
    mov(r4, 0)
    mov(r5, 0)
    label(loop)
    add(r5, 1)
    cmp(r5, r1)
    bge(done)
    add(r0, 4)
    ldr(r3, [r0, 0])
    cmp(r3, r2)
    bge(loop)
    mov(r2, r3)
    mov(r4, r5)
    b(loop)
    label(done)
    mov(r0, r4)
a = array("i", [3, -7, 100, 42, -100000, 99, 7])
print(smax(a, len(a)), smax(a, 1), smax(a, 2), umax(a, len(a)), umax(a, 1))
print(smin_index(a, len(a)), smin_index(a, 4), smin_index(a, 1))
u = array("I", [1, 0xFFFFFFF0, 5, 0x80000000])
print(umax(u, 4), smax(u, 4), smin_index(u, 4))
