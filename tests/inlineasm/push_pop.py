# oracle: skip
# expected: equivalent pure-Python code (_equiv/push_pop.py) run by the reference MicroPython
import micropython
@micropython.asm_thumb
def high_regs(r0, r1):
    push({r4, r8, r9})
    mov(r8, r0)
    mov(r9, r1)
    mov(r4, r8)
    add(r4, r4, r1)
    mov(r0, r9)
    mul(r0, r4)
    pop({r4, r8, r9})
@micropython.asm_thumb
def poly(r0):
    push({r4, r5, r6, r7})
    mov(r4, r0)
    mul(r4, r0)
    mov(r5, 3)
    mul(r5, r0)
    add(r6, r4, r5)
    mov(r7, 7)
    add(r0, r6, r7)
    pop({r4, r5, r6, r7})
@micropython.asm_thumb
def stack_swap(r0, r1):
    push({r0, r1})
    pop({r2, r3})
    sub(r0, r3, r2)
print(high_regs(3, 4), high_regs(10, -2))
print([poly(x) for x in range(-3, 4)])
print(stack_swap(10, 3), stack_swap(-5, 5))
