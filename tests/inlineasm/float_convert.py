# oracle: skip
# expected: equivalent pure-Python code (_equiv/float_convert.py) run by the reference MicroPython
import micropython
# vcvt between int and float arrays, vsqrt in place, and Horner's polynomial evaluation
from array import array
@micropython.asm_thumb
def to_float_scaled(r0, r1, r2, r3):
    # r1[i] = float(r0[i]) / r3 for r2 elements
    vmov(s2, r3)
    vcvt_f32_s32(s2, s2)
    label(loop)
    cmp(r2, 0)
    beq(done)
    vldr(s0, [r0, 0])
    vcvt_f32_s32(s0, s0)
    vdiv(s0, s0, s2)
    vstr(s0, [r1, 0])
    add(r0, 4)
    add(r1, 4)
    sub(r2, 1)
    b(loop)
    label(done)
@micropython.asm_thumb
def to_int(r0, r1, r2):
    # r1[i] = int(r0[i]) (toward zero); returns the sum
    mov(r3, 0)
    label(loop)
    cmp(r2, 0)
    beq(done)
    vldr(s0, [r0, 0])
    vcvt_s32_f32(s0, s0)
    vstr(s0, [r1, 0])
    ldr(r4, [r1, 0])
    add(r3, r3, r4)
    add(r0, 4)
    add(r1, 4)
    sub(r2, 1)
    b(loop)
    label(done)
    mov(r0, r3)
@micropython.asm_thumb
def sqrt_all(r0, r1):
    label(loop)
    cmp(r1, 0)
    beq(done)
    vldr(s0, [r0, 0])
    vsqrt(s0, s0)
    vstr(s0, [r0, 0])
    add(r0, 4)
    sub(r1, 1)
    b(loop)
    label(done)
@micropython.asm_thumb
def horner(r0, r1, r2):
    # r2[0] = poly with r1 coefficients r0[0..] (highest first) at x = r2[0]
    vldr(s1, [r2, 0])
    vldr(s0, [r0, 0])
    label(loop)
    sub(r1, 1)
    beq(done)
    add(r0, 4)
    vldr(s2, [r0, 0])
    vmul(s0, s0, s1)
    vadd(s0, s0, s2)
    b(loop)
    label(done)
    vstr(s0, [r2, 0])
ints = array("i", [1, 2, 3, -4, 10, 1000])
fl = array("f", [0.0] * 6)
to_float_scaled(ints, fl, 6, 4)
print(list(fl))
back = array("i", [0] * 6)
src = array("f", [1.9, -1.9, 2.5, -0.5, 1e6, 123.999])
print(to_int(src, back, 6), list(back))
sq = array("f", [0.0, 1.0, 4.0, 6.25, 1e4, 0.0625])
sqrt_all(sq, len(sq))
print(list(sq))
x = array("f", [2.0])
horner(array("f", [1.0, -3.0, 0.5, 4.0]), 4, x)
y = array("f", [-1.5])
horner(array("f", [2.0, 0.0, -1.0]), 3, y)
print(x[0], y[0])
