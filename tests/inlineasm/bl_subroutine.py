# oracle: skip
# expected: equivalent pure-Python code (_equiv/bl_subroutine.py) run by the reference MicroPython
import micropython
# bl to a local subroutine that returns with bx(lr); lr is saved by the function's own prologue
@micropython.asm_thumb
def sum_squares(r0, r1):
    # r0 * r0 + r1 * r1 through a "square r2" subroutine
    mov(r2, r0)
    bl(square)
    mov(r3, r2)
    mov(r2, r1)
    bl(square)
    add(r0, r3, r2)
    b(end)
    label(square)
    mul(r2, r2)
    bx(lr)
    label(end)
@micropython.asm_thumb
def collatz_steps(r0):
    # apply "r1 = 3 * r1 + 1 if odd else r1 / 2" r0 times to 27, with push/pop of lr around a nested bl
    mov(r1, 27)
    label(loop)
    cmp(r0, 0)
    beq(end)
    bl(step)
    sub(r0, 1)
    b(loop)
    label(step)
    push({lr})
    mov(r2, 1)
    tst(r1, r2)
    beq(even)
    bl(triple)
    add(r1, 1)
    pop({pc})
    label(even)
    lsr(r1, r1, 1)
    pop({pc})
    label(triple)
    add(r2, r1, r1)
    add(r1, r1, r2)
    bx(lr)
    label(end)
    mov(r0, r1)
print(sum_squares(3, 4), sum_squares(-5, 12), sum_squares(0, 0), sum_squares(1000, 1000))
print([collatz_steps(n) for n in range(12)], collatz_steps(111))
