# oracle: skip
# expected: equivalent pure-Python code (_equiv/adc_sbc.py) run by the reference MicroPython
import micropython
# 64-bit add/subtract in two words with the carry: adc/sbc after flag-setting add/sub
from array import array
@micropython.asm_thumb
def add64(r0, r1, r2) -> uint:
    # r0 -> [lo, hi] of a, r1 -> [lo, hi] of b; r2 selects the word returned
    ldr(r3, [r0, 0])
    ldr(r4, [r1, 0])
    add(r3, r3, r4)
    ldr(r5, [r0, 4])
    ldr(r6, [r1, 4])
    adc(r5, r6)
    mov(r0, r3)
    cmp(r2, 0)
    beq(done)
    mov(r0, r5)
    label(done)
@micropython.asm_thumb
def sub64(r0, r1, r2) -> uint:
    ldr(r3, [r0, 0])
    ldr(r4, [r1, 0])
    sub(r3, r3, r4)
    ldr(r5, [r0, 4])
    ldr(r6, [r1, 4])
    sbc(r5, r6)
    mov(r0, r3)
    cmp(r2, 0)
    beq(done)
    mov(r0, r5)
    label(done)
def w(v):
    return array("I", [v & 0xFFFFFFFF, (v >> 32) & 0xFFFFFFFF])
def a64(x, y):
    return add64(w(x), w(y), 0) | (add64(w(x), w(y), 1) << 32)
def s64(x, y):
    return sub64(w(x), w(y), 0) | (sub64(w(x), w(y), 1) << 32)
print(hex(a64(0xFFFFFFFF, 1)), hex(a64(0x1FFFFFFFF, 0xFFFFFFFF)), hex(a64(123, 456)))
print(hex(a64(0xFFFFFFFFFFFFFFFF, 1)), hex(a64(0x8000000080000000, 0x8000000080000000)))
print(hex(s64(0x100000000, 1)), hex(s64(5, 7)), hex(s64(0x123456789ABC, 0x1111111111)))
