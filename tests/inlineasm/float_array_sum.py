# oracle: skip
# expected: equivalent pure-Python code (_equiv/float_array_sum.py) run by the reference MicroPython
import micropython
# floats reach asm_thumb through array('f') buffers: vldr/vadd/vmul/vstr
from array import array
@micropython.asm_thumb
def fsum(r0, r1, r2):
    # r2[0] = sum of r1 floats at r0; returns the count
    mov(r3, 0)
    vmov(s0, r3)
    label(loop)
    cmp(r3, r1)
    bge(done)
    vldr(s1, [r0, 0])
    vadd(s0, s0, s1)
    add(r0, 4)
    add(r3, 1)
    b(loop)
    label(done)
    vstr(s0, [r2, 0])
    mov(r0, r3)
@micropython.asm_thumb
def dot(r0, r1, r2, r3):
    # r3[0] = dot product of r2 floats at r0 and r1
    mov(r4, 0)
    vmov(s0, r4)
    label(loop)
    cmp(r2, 0)
    beq(done)
    vldr(s1, [r0, 0])
    vldr(s2, [r1, 0])
    vmul(s1, s1, s2)
    vadd(s0, s0, s1)
    add(r0, 4)
    add(r1, 4)
    sub(r2, 1)
    b(loop)
    label(done)
    vstr(s0, [r3, 0])
@micropython.asm_thumb
def axpy(r0, r1, r2, r3):
    # y[i] += a * x[i] with a = r2[0], r0 = x, r1 = y, r3 = n
    vldr(s0, [r2, 0])
    label(loop)
    cmp(r3, 0)
    beq(done)
    vldr(s1, [r0, 0])
    vldr(s2, [r1, 0])
    vmul(s1, s1, s0)
    vadd(s2, s2, s1)
    vstr(s2, [r1, 0])
    add(r0, 4)
    add(r1, 4)
    sub(r3, 1)
    b(loop)
    label(done)
out = array("f", [0.0])
x = array("f", [1.5, 2.25, -0.5, 100.0, 0.125])
y = array("f", [2.0, 4.0, 8.0, 0.5, -1.0])
print(fsum(x, len(x), out), out[0], fsum(x, 0, out), out[0], fsum(x, 2, out), out[0])
dot(x, y, 5, out)
print(out[0])
axpy(x, y, array("f", [-2.0]), 5)
print(list(y))
