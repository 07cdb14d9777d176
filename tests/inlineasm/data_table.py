# oracle: skip
# expected: equivalent pure-Python code (_equiv/data_table.py) run by the reference MicroPython
import micropython
# A byte table in the code: mov(r1, pc) reads this instruction's address + 4, which is where
# the data starts after the 2-byte branch over it.
@micropython.asm_thumb
def squares(r0):
    mov(r1, pc)
    b(start)
    data(1, 0, 1, 4, 9, 16, 25, 36, 49, 64, 81)
    align(2)
    label(start)
    add(r1, r1, r0)
    ldrb(r0, [r1, 0])
@micropython.asm_thumb
def words(r0):
    mov(r1, pc)
    b(start)
    data(2, 1000, 2000, 3000, 0xFFFF)
    label(start)
    add(r0, r0, r0)
    add(r1, r1, r0)
    ldrh(r0, [r1, 0])
print([squares(i) for i in range(10)])
print([words(i) for i in range(4)])
