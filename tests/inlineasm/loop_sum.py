# oracle: skip
# expected: equivalent pure-Python code (_equiv/loop_sum.py) run by the reference MicroPython
import micropython
@micropython.asm_thumb
def sum_to(r0):
    mov(r1, 0)
    label(loop)
    cmp(r0, 0)
    beq(done)
    add(r1, r1, r0)
    sub(r0, 1)
    b(loop)
    label(done)
    mov(r0, r1)
@micropython.asm_thumb
def fact(r0):
    mov(r1, 1)
    label(loop)
    cmp(r0, 1)
    ble(done)
    mul(r1, r0)
    sub(r0, 1)
    b(loop)
    label(done)
    mov(r0, r1)
@micropython.asm_thumb
def gcd(r0, r1):
    label(loop)
    cmp(r0, r1)
    beq(done)
    blt(less)
    sub(r0, r0, r1)
    b(loop)
    label(less)
    sub(r1, r1, r0)
    b(loop)
    label(done)
print([sum_to(n) for n in range(8)], sum_to(1000))
print([fact(n) for n in range(1, 13)])
print(gcd(1071, 462), gcd(17, 5), gcd(64, 48), gcd(9, 9))
