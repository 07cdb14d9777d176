# oracle: skip
# expected: equivalent pure-Python code (_equiv/arith_wrap.py) run by the reference MicroPython
import micropython
# add/sub wrap to 32 bits; the result is read back as a signed int
@micropython.asm_thumb
def add_wrap(r0, r1):
    add(r0, r0, r1)
@micropython.asm_thumb
def sub_wrap(r0, r1):
    sub(r0, r0, r1)
@micropython.asm_thumb
def add_wrap_u(r0, r1) -> uint:
    add(r0, r0, r1)
@micropython.asm_thumb
def double4(r0):
    add(r0, r0, r0)
    add(r0, r0, r0)
    add(r0, r0, r0)
    add(r0, r0, r0)
print(add_wrap(0x7FFFFFFF, 1), add_wrap(0x40000000, 0x40000000), add_wrap(-1, 1), add_wrap(5, -9))
print(sub_wrap(-0x80000000, 1), sub_wrap(0, 1), sub_wrap(100, 30), sub_wrap(-2, 0x7FFFFFFF))
print(add_wrap_u(0xFFFFFFFF, 2), add_wrap_u(-1, 0), add_wrap_u(0x80000000, 0x80000000))
print([double4(v) for v in (1, -1, 0x08000000, 0x0FFFFFFF, 0x10000000, 123456789)])
