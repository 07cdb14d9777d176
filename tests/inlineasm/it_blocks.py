# oracle: skip
# expected: equivalent pure-Python code (_equiv/it_blocks.py) run by the reference MicroPython
import micropython
# it/ite/itt/itet/ittee blocks with signed, unsigned and flag conditions
@micropython.asm_thumb
def umax(r0, r1) -> uint:
    cmp(r0, r1)
    it(cc)
    mov(r0, r1)
@micropython.asm_thumb
def clamp(r0, r1, r2):
    cmp(r0, r1)
    it(lt)
    mov(r0, r1)
    cmp(r0, r2)
    it(gt)
    mov(r0, r2)
@micropython.asm_thumb
def sort2(r0, r1):
    # returns min * 1000 + max
    cmp(r0, r1)
    itte(gt)
    mov(r2, r1)
    mov(r3, r0)
    mov(r2, r0)
    it(le)
    mov(r3, r1)
    movw(r1, 1000)
    mul(r2, r1)
    add(r0, r2, r3)
@micropython.asm_thumb
def classify(r0):
    # 1 for positive, 2 for zero, 3 for negative, via itet chains
    cmp(r0, 0)
    itete(gt)
    mov(r1, 1)
    mov(r1, 0)
    mov(r2, 0)
    mov(r2, 1)
    cmp(r0, 0)
    ite(eq)
    mov(r0, 2)
    mov(r0, 3)
    cmp(r1, 1)
    it(eq)
    mov(r0, 1)
@micropython.asm_thumb
def hi_ls(r0, r1):
    cmp(r0, r1)
    ittee(hi)
    mov(r2, 10)
    add(r2, 5)
    mov(r2, 20)
    add(r2, 7)
    mov(r0, r2)
print(umax(3, 5), umax(5, 3), umax(-1, 5), umax(5, -1), umax(0, 0))
print([clamp(v, -10, 10) for v in (-100, -10, -3, 0, 9, 10, 11, 5000)])
print(sort2(3, 7), sort2(7, 3), sort2(4, 4), sort2(-2, 1))
print([classify(v) for v in (5, 0, -5, 0x7FFFFFFF, -0x80000000)])
print(hi_ls(5, 3), hi_ls(3, 5), hi_ls(3, 3), hi_ls(-1, 1), hi_ls(1, -1))
