# oracle: skip
# expected: equivalent pure-Python code (_equiv/float_ops.py) run by the reference MicroPython
import micropython
@micropython.asm_thumb
def fsum_scaled(r0, r1, r2):
    vmov(s0, r0)
    vcvt_f32_s32(s0, s0)
    vmov(s1, r1)
    vcvt_f32_s32(s1, s1)
    vadd(s0, s0, s1)
    vmov(s2, r2)
    vcvt_f32_s32(s2, s2)
    vmul(s0, s0, s2)
    vcvt_s32_f32(s0, s0)
    vmov(r0, s0)
@micropython.asm_thumb
def fdiv(r0, r1):
    vmov(s0, r0)
    vcvt_f32_s32(s0, s0)
    vmov(s1, r1)
    vcvt_f32_s32(s1, s1)
    vdiv(s0, s0, s1)
    vcvt_s32_f32(s0, s0)
    vmov(r0, s0)
@micropython.asm_thumb
def isqrt(r0):
    vmov(s0, r0)
    vcvt_f32_s32(s0, s0)
    vsqrt(s0, s0)
    vcvt_s32_f32(s0, s0)
    vmov(r0, s0)
@micropython.asm_thumb
def fneg_sub(r0, r1):
    vmov(s0, r0)
    vcvt_f32_s32(s0, s0)
    vmov(s1, r1)
    vcvt_f32_s32(s1, s1)
    vsub(s0, s0, s1)
    vneg(s0, s0)
    vcvt_s32_f32(s0, s0)
    vmov(r0, s0)
print(fsum_scaled(1, 2, 3), fsum_scaled(-10, 4, 5), fsum_scaled(1000, 24, 1000))
print(fdiv(7, 2), fdiv(-7, 2), fdiv(100, 3), fdiv(1, 3))
print([isqrt(v) for v in (0, 1, 2, 15, 16, 99, 10000)])
print(fneg_sub(5, 3), fneg_sub(3, 5))
