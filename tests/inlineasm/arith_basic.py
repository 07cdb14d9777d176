# oracle: skip
# expected: equivalent pure-Python code (_equiv/arith_basic.py) run by the reference MicroPython
import micropython
@micropython.asm_thumb
def add3(r0, r1, r2):
    add(r0, r0, r1)
    add(r0, r0, r2)
@micropython.asm_thumb
def sub_const(r0):
    sub(r0, 200)
    sub(r0, r0, 7)
@micropython.asm_thumb
def neg_mul(r0, r1):
    mul(r0, r1)
    neg(r0, r0)
@micropython.asm_thumb
def const_only():
    mov(r0, 255)
    add(r0, 1)
print(add3(1, 2, 3), add3(100, -50, 7), add3(0, 0, 0))
print(sub_const(1000), sub_const(0), sub_const(207))
print(neg_mul(6, 7), neg_mul(-3, 1000), neg_mul(0, 5))
print(const_only())
