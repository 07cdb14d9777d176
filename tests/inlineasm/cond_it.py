# oracle: skip
# expected: equivalent pure-Python code (_equiv/cond_it.py) run by the reference MicroPython
import micropython
@micropython.asm_thumb
def max2(r0, r1):
    cmp(r0, r1)
    it(lt)
    mov(r0, r1)
@micropython.asm_thumb
def min2(r0, r1):
    cmp(r0, r1)
    ite(gt)
    mov(r0, r1)
    mov(r0, r0)
@micropython.asm_thumb
def abs1(r0):
    cmp(r0, 0)
    it(lt)
    neg(r0, r0)
@micropython.asm_thumb
def sign(r0):
    cmp(r0, 0)
    itte(ne)
    mov(r1, 1)
    mov(r2, 31)
    mov(r1, 0)
    ite(lt)
    neg(r0, r1)
    mov(r0, r1)
print(max2(3, 9), max2(9, 3), max2(-5, -6), max2(7, 7))
print(min2(3, 9), min2(9, 3), min2(-5, -6))
print([abs1(v) for v in (-7, 0, 7, -100000)])
print([sign(v) for v in (-7, 0, 7, -100000, 5)])
