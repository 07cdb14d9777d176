# oracle: skip
# expected: equivalent pure-Python code (_equiv/cmn_tst.py) run by the reference MicroPython
import micropython
# cmn (compare with the negation), tst (and without a result) and cmp with immediates
@micropython.asm_thumb
def is_neg_of(r0, r1) -> bool:
    mov(r2, 0)
    cmn(r0, r1)
    bne(done)
    mov(r2, 1)
    label(done)
    mov(r0, r2)
@micropython.asm_thumb
def any_common(r0, r1) -> bool:
    mov(r2, 1)
    tst(r0, r1)
    bne(done)
    mov(r2, 0)
    label(done)
    mov(r0, r2)
@micropython.asm_thumb
def add_carries(r0, r1) -> bool:
    # carry out of the 32-bit sum, seen through cmn
    mov(r2, 0)
    cmn(r0, r1)
    bcc(done)
    mov(r2, 1)
    label(done)
    mov(r0, r2)
@micropython.asm_thumb
def in_range(r0) -> bool:
    # 10 <= r0 <= 200 with one unsigned compare
    sub(r0, 10)
    cmp(r0, 190)
    ite(ls)
    mov(r0, 1)
    mov(r0, 0)
print(is_neg_of(5, -5), is_neg_of(5, 5), is_neg_of(0, 0), is_neg_of(-0x80000000, -0x80000000))
print(any_common(0b1010, 0b0101), any_common(0b1010, 0b0010), any_common(-1, 0x80000000))
print(add_carries(0xFFFFFFFF, 1), add_carries(0x7FFFFFFF, 1), add_carries(-1, -1), add_carries(0, 0))
print([v for v in range(-5, 260, 5) if in_range(v)][:4], [in_range(v) for v in (9, 10, 200, 201, -1)])
