# oracle: skip
# expected: equivalent pure-Python code (_equiv/div_mod.py) run by the reference MicroPython
import micropython
# sdiv/udiv truncate; remainder via mul and sub; division by zero gives 0 on Cortex-M
@micropython.asm_thumb
def smod(r0, r1):
    sdiv(r2, r0, r1)
    mul(r2, r1)
    sub(r0, r0, r2)
@micropython.asm_thumb
def umod(r0, r1) -> uint:
    udiv(r2, r0, r1)
    mul(r2, r1)
    sub(r0, r0, r2)
@micropython.asm_thumb
def sdiv0(r0):
    mov(r1, 0)
    sdiv(r0, r0, r1)
@micropython.asm_thumb
def sdiv_min(r0, r1):
    sdiv(r0, r0, r1)
@micropython.asm_thumb
def digits(r0):
    # number of decimal digits of an unsigned value
    mov(r1, 0)
    mov(r2, 10)
    label(loop)
    add(r1, 1)
    udiv(r0, r0, r2)
    cmp(r0, 0)
    bne(loop)
    mov(r0, r1)
print(smod(17, 5), smod(-17, 5), smod(17, -5), smod(-17, -5), smod(0, 3))
print(umod(17, 5), umod(-1, 10), umod(0x80000000, 7), umod(12345678, 1000))
print(sdiv0(5), sdiv0(-5), sdiv_min(-0x80000000, -1), sdiv_min(-0x80000000, 2))
print([digits(v) for v in (0, 9, 10, 99999, 100000, -1)])
