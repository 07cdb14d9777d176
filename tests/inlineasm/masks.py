# oracle: skip
# expected: equivalent pure-Python code (_equiv/masks.py) run by the reference MicroPython
import micropython
# set/clear/toggle/test bit operations on a register-like word in an array
from array import array
@micropython.asm_thumb
def reg_op(r0, r1, r2) -> uint:
    # r0: array word, r1: op (0 set, 1 clear, 2 toggle, 3 test), r2: bit number
    mov(r3, 1)
    lsl(r3, r2)
    ldr(r4, [r0, 0])
    cmp(r1, 0)
    bne(not_set)
    orr(r4, r3)
    b(store)
    label(not_set)
    cmp(r1, 1)
    bne(not_clear)
    bic(r4, r3)
    b(store)
    label(not_clear)
    cmp(r1, 2)
    bne(test)
    eor(r4, r3)
    label(store)
    str(r4, [r0, 0])
    mov(r0, r4)
    b(end)
    label(test)
    mov(r0, 0)
    tst(r4, r3)
    beq(end)
    mov(r0, 1)
    label(end)
@micropython.asm_thumb
def low_mask(r0) -> uint:
    # (1 << r0) - 1, also for r0 == 32
    mov(r1, 0)
    mvn(r1, r1)
    mov(r2, 32)
    sub(r2, r2, r0)
    lsr(r1, r2)
    mov(r0, r1)
w = array("I", [0])
out = [reg_op(w, 0, 3), reg_op(w, 0, 31), reg_op(w, 2, 0), reg_op(w, 3, 31), reg_op(w, 3, 5)]
out += [reg_op(w, 1, 3), reg_op(w, 2, 31), reg_op(w, 3, 31), reg_op(w, 1, 0)]
print(out, w[0])
print([low_mask(n) for n in (0, 1, 4, 16, 31, 32)])
