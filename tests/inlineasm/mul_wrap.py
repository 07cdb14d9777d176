# oracle: skip
# expected: equivalent pure-Python code (_equiv/mul_wrap.py) run by the reference MicroPython
import micropython
# mul keeps the low 32 bits of the product
@micropython.asm_thumb
def mul2(r0, r1):
    mul(r0, r1)
@micropython.asm_thumb
def cube(r0):
    mov(r1, r0)
    mul(r1, r0)
    mul(r0, r1)
@micropython.asm_thumb
def mul_u(r0, r1) -> uint:
    mul(r0, r1)
@micropython.asm_thumb
def lcg(r0, r1):
    # r1 steps of x = x * 1103515245 + 12345
    movwt(r2, 1103515245)
    movw(r3, 12345)
    label(loop)
    cmp(r1, 0)
    beq(done)
    mul(r0, r2)
    add(r0, r0, r3)
    sub(r1, 1)
    b(loop)
    label(done)
print(mul2(65536, 65536), mul2(65535, 65537), mul2(-3, 7), mul2(0x10000, 0x8000), mul2(46341, 46341))
print([cube(v) for v in (0, 3, -5, 1290, 1291, 2000)])
print(mul_u(-1, -1), mul_u(0xFFFF, 0xFFFF), mul_u(0x80000001, 3))
print([lcg(1, n) for n in range(6)], lcg(42, 100))
