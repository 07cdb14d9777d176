# oracle: skip
# expected: equivalent pure-Python code (_equiv/clz_rbit.py) run by the reference MicroPython
import micropython
# clz/rbit derived functions: floor(log2), next power of two, bit-reversed byte, trailing zeros
@micropython.asm_thumb
def log2(r0):
    clz(r0, r0)
    mov(r1, 31)
    sub(r0, r1, r0)
@micropython.asm_thumb
def next_pow2(r0) -> uint:
    sub(r0, 1)
    clz(r0, r0)
    mov(r1, 32)
    sub(r1, r1, r0)
    mov(r0, 1)
    lsl(r0, r1)
@micropython.asm_thumb
def rev8(r0):
    rbit(r0, r0)
    lsr(r0, r0, 24)
@micropython.asm_thumb
def ctz(r0):
    rbit(r0, r0)
    clz(r0, r0)
print([log2(v) for v in (1, 2, 3, 4, 1000, 65536, 0x7FFFFFFF, -1, 0)])
print([next_pow2(v) for v in (2, 3, 5, 17, 1000, 65537, 0x40000001)])
print([rev8(v) for v in (1, 0x80, 0x0F, 0xA5, 0x12, 0xFF)])
print([ctz(v) for v in (1, 2, 12, 0x80000000, 0, 0x10000, 96)])
