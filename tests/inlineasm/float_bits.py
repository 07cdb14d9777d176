# oracle: skip
# expected: equivalent pure-Python code (_equiv/float_bits.py) run by the reference MicroPython
import micropython
# single-precision values passed as raw IEEE-754 bit patterns in integers (vmov core <-> s reg)
import struct
@micropython.asm_thumb
def fmul_bits(r0, r1) -> uint:
    vmov(s0, r0)
    vmov(s1, r1)
    vmul(s0, s0, s1)
    vmov(r0, s0)
@micropython.asm_thumb
def fdiv_bits(r0, r1) -> uint:
    vmov(s0, r0)
    vmov(s1, r1)
    vdiv(s0, s0, s1)
    vmov(r0, s0)
@micropython.asm_thumb
def fsqrt_bits(r0) -> uint:
    vmov(s0, r0)
    vsqrt(s0, s0)
    vmov(r0, s0)
@micropython.asm_thumb
def fneg_abs_bits(r0) -> uint:
    vmov(s0, r0)
    vneg(s0, s0)
    vmov(r0, s0)
def bits(f):
    return struct.unpack("<I", struct.pack("<f", f))[0]
def flt(b):
    return struct.unpack("<f", struct.pack("<I", b))[0]
print(hex(bits(1.5)), hex(fmul_bits(bits(1.5), bits(4.0))), flt(fmul_bits(bits(3.0), bits(-2.5))))
print(flt(fdiv_bits(bits(1.0), bits(8.0))), flt(fdiv_bits(bits(-9.0), bits(0.5))), hex(fdiv_bits(bits(1.0), bits(3.0))))
print([flt(fsqrt_bits(bits(v))) for v in (0.0, 0.25, 2.25, 16.0, 1e6)], hex(fsqrt_bits(bits(2.0))))
print(hex(fneg_abs_bits(bits(1.0))), hex(fneg_abs_bits(0)), flt(fneg_abs_bits(bits(-7.75))))
