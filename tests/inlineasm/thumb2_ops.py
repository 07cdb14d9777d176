# oracle: skip
# expected: equivalent pure-Python code (_equiv/thumb2_ops.py) run by the reference MicroPython
import micropython
@micropython.asm_thumb
def const32() -> uint:
    movwt(r0, 0x12345678)
@micropython.asm_thumb
def wide_pair(r0):
    movw(r1, 0xBEEF)
    movt(r1, 0x0001)
    add(r0, r0, r1)
@micropython.asm_thumb
def sdiv2(r0, r1):
    sdiv(r0, r0, r1)
@micropython.asm_thumb
def udiv2(r0, r1) -> uint:
    udiv(r0, r0, r1)
@micropython.asm_thumb
def clz1(r0):
    clz(r0, r0)
@micropython.asm_thumb
def rbit1(r0) -> uint:
    rbit(r0, r0)
print(const32(), hex(const32()), wide_pair(1), wide_pair(-1))
print(sdiv2(7, 2), sdiv2(-7, 2), sdiv2(7, -2), sdiv2(100, 7), udiv2(1000, 7), udiv2(-1, 16))
print([clz1(v) for v in (0, 1, 2, 255, 0x10000, -1)])
print(rbit1(1), rbit1(0x80000000), hex(rbit1(0x0F)), rbit1(0))
