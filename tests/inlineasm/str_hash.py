# oracle: skip
# expected: equivalent pure-Python code (_equiv/str_hash.py) run by the reference MicroPython
import micropython
# hashes over the bytes of a str/bytes argument (passed as a pointer to its data)
@micropython.asm_thumb
def djb2(r0, r1) -> uint:
    movw(r2, 5381)
    label(loop)
    cmp(r1, 0)
    beq(done)
    ldrb(r3, [r0, 0])
    lsl(r4, r2, 5)
    add(r2, r2, r4)
    add(r2, r2, r3)
    add(r0, 1)
    sub(r1, 1)
    b(loop)
    label(done)
    mov(r0, r2)
@micropython.asm_thumb
def fnv1a(r0, r1) -> uint:
    movwt(r2, 0x811C9DC5)
    movwt(r4, 0x01000193)
    label(loop)
    cmp(r1, 0)
    beq(done)
    ldrb(r3, [r0, 0])
    eor(r2, r3)
    mul(r2, r4)
    add(r0, 1)
    sub(r1, 1)
    b(loop)
    label(done)
    mov(r0, r2)
for s in ("", "a", "hello", "MicroPython", "asm_thumb!"):
    print(repr(s), djb2(s, len(s)), hex(fnv1a(s, len(s))))
print(djb2(b"\x00\xff" * 50, 100), hex(fnv1a(bytearray(range(200)), 200)))
