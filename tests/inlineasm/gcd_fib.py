# oracle: skip
# expected: equivalent pure-Python code (_equiv/gcd_fib.py) run by the reference MicroPython
import micropython
# loops with data-dependent exits: Euclid's gcd (udiv remainder), Fibonacci mod 2**32, integer sqrt
@micropython.asm_thumb
def gcd(r0, r1):
    label(loop)
    cmp(r1, 0)
    beq(done)
    udiv(r2, r0, r1)
    mul(r2, r1)
    sub(r2, r0, r2)
    mov(r0, r1)
    mov(r1, r2)
    b(loop)
    label(done)
@micropython.asm_thumb
def fib(r0) -> uint:
    mov(r1, 0)
    mov(r2, 1)
    label(loop)
    cmp(r0, 0)
    beq(done)
    add(r3, r1, r2)
    mov(r1, r2)
    mov(r2, r3)
    sub(r0, 1)
    b(loop)
    label(done)
    mov(r0, r1)
@micropython.asm_thumb
def isqrt(r0) -> uint:
    # bit-by-bit square root of an unsigned 32-bit value
    mov(r1, 0)
    mov(r2, 1)
    lsl(r2, r2, 30)
    label(shrink)
    cmp(r2, r0)
    bls(loop)
    lsr(r2, r2, 2)
    b(shrink)
    label(loop)
    cmp(r2, 0)
    beq(done)
    add(r3, r1, r2)
    lsr(r1, r1, 1)
    cmp(r0, r3)
    bcc(next)
    sub(r0, r0, r3)
    add(r1, r1, r2)
    label(next)
    lsr(r2, r2, 2)
    b(loop)
    label(done)
    mov(r0, r1)
print(gcd(12, 18), gcd(17, 5), gcd(0, 9), gcd(9, 0), gcd(1071, 462), gcd(2 ** 30, 6 ** 10))
print([fib(n) for n in range(15)], fib(47), fib(48), fib(100))
print([isqrt(v) for v in (0, 1, 3, 4, 15, 16, 17, 99, 100, 65535, 65536, 1000000, 0x7FFFFFFF, -1)])
