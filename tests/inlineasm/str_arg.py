# oracle: skip
# expected: equivalent pure-Python code (_equiv/str_arg.py) run by the reference MicroPython
import micropython
# A str argument passes the address of its UTF-8 bytes.
@micropython.asm_thumb
def count_char(r0, r1, r2):
    mov(r3, 0)
    label(loop)
    cmp(r1, 0)
    beq(done)
    push({r0})
    ldrb(r0, [r0, 0])
    cmp(r0, r2)
    pop({r0})
    bne(next)
    add(r3, 1)
    label(next)
    add(r0, 1)
    sub(r1, 1)
    b(loop)
    label(done)
    mov(r0, r3)
s = "mississippi"
print(count_char(s, len(s), ord("s")), count_char(s, len(s), ord("i")), count_char(s, 4, ord("s")))
