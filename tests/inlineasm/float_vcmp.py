# oracle: skip
# expected: equivalent pure-Python code (_equiv/float_vcmp.py) run by the reference MicroPython
import micropython
# vcmp + vmrs(APSR_nzcv, FPSCR) move the float compare into the core flags
from array import array
@micropython.asm_thumb
def fcmp(r0, r1):
    # -1, 0 or 1 comparing r0[r1] with r0[r1 + 1]
    lsl(r1, r1, 2)
    add(r0, r0, r1)
    vldr(s0, [r0, 0])
    vldr(s1, [r0, 4])
    vcmp(s0, s1)
    vmrs(APSR_nzcv, FPSCR)
    # inside an IT block these do not set the flags (outside, mov(r0, 0) would clobber them)
    ite(gt)
    mov(r0, 1)
    mov(r0, 0)
    it(mi)
    sub(r0, 1)
@micropython.asm_thumb
def fmax_index(r0, r1):
    vldr(s0, [r0, 0])
    mov(r2, 0)
    mov(r3, 1)
    label(loop)
    cmp(r3, r1)
    bge(done)
    add(r0, 4)
    vldr(s1, [r0, 0])
    vcmp(s1, s0)
    vmrs(APSR_nzcv, FPSCR)
    ble(next)
    vmov(r4, s1)
    vmov(s0, r4)
    mov(r2, r3)
    label(next)
    add(r3, 1)
    b(loop)
    label(done)
    mov(r0, r2)
@micropython.asm_thumb
def count_below(r0, r1, r2):
    # how many of r1 floats at r0 are < r2[0]
    vldr(s0, [r2, 0])
    mov(r3, 0)
    label(loop)
    cmp(r1, 0)
    beq(done)
    vldr(s1, [r0, 0])
    vcmp(s1, s0)
    vmrs(APSR_nzcv, FPSCR)
    it(mi)
    add(r3, 1)
    add(r0, 4)
    sub(r1, 1)
    b(loop)
    label(done)
    mov(r0, r3)
v = array("f", [1.5, 2.5, 2.5, -3.0, 0.0, -0.0, 1e30, 7.25])
print([fcmp(v, i) for i in range(7)])
print(fmax_index(v, len(v)), fmax_index(v, 3), fmax_index(v, 1), fmax_index(array("f", [-5.0, -1.0, -2.0]), 3))
print([count_below(v, len(v), array("f", [t])) for t in (-10.0, 0.0, 1.5, 2.6, 1e31)])
