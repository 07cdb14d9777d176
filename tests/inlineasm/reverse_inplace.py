# oracle: skip
# expected: equivalent pure-Python code (_equiv/reverse_inplace.py) run by the reference MicroPython
import micropython
# reverse a bytearray and an array('h') in place with two pointers
from array import array
@micropython.asm_thumb
def brev(r0, r1):
    add(r1, r0, r1)
    sub(r1, 1)
    label(loop)
    cmp(r0, r1)
    bcs(done)
    ldrb(r2, [r0, 0])
    ldrb(r3, [r1, 0])
    strb(r3, [r0, 0])
    strb(r2, [r1, 0])
    add(r0, 1)
    sub(r1, 1)
    b(loop)
    label(done)
@micropython.asm_thumb
def hrev(r0, r1):
    add(r1, r1, r1)
    add(r1, r0, r1)
    sub(r1, 2)
    label(loop)
    cmp(r0, r1)
    bcs(done)
    ldrh(r2, [r0, 0])
    ldrh(r3, [r1, 0])
    strh(r3, [r0, 0])
    strh(r2, [r1, 0])
    add(r0, 2)
    sub(r1, 2)
    b(loop)
    label(done)
b = bytearray(b"abcdefg")
brev(b, len(b))
print(b)
brev(b, 4)
print(b)
e = bytearray(b"xy")
brev(e, 2)
print(e)
h = array("h", [1, -2, 300, -4000, 5])
hrev(h, len(h))
print(h)
hrev(h, 2)
print(h)
