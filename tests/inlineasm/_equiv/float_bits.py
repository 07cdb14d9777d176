import struct
def bits(f):
    return struct.unpack("<I", struct.pack("<f", f))[0]
def flt(b):
    return struct.unpack("<f", struct.pack("<I", b))[0]
def fmul_bits(a, b):
    return bits(flt(a) * flt(b))
def fdiv_bits(a, b):
    return bits(flt(a) / flt(b))
def fsqrt_bits(a):
    return bits(flt(a) ** 0.5)
def fneg_abs_bits(a):
    return a ^ 0x80000000
print(hex(bits(1.5)), hex(fmul_bits(bits(1.5), bits(4.0))), flt(fmul_bits(bits(3.0), bits(-2.5))))
print(flt(fdiv_bits(bits(1.0), bits(8.0))), flt(fdiv_bits(bits(-9.0), bits(0.5))), hex(fdiv_bits(bits(1.0), bits(3.0))))
print([flt(fsqrt_bits(bits(v))) for v in (0.0, 0.25, 2.25, 16.0, 1e6)], hex(fsqrt_bits(bits(2.0))))
print(hex(fneg_abs_bits(bits(1.0))), hex(fneg_abs_bits(0)), flt(fneg_abs_bits(bits(-7.75))))
