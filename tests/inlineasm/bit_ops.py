# oracle: skip
# expected: equivalent pure-Python code (_equiv/bit_ops.py) run by the reference MicroPython
import micropython
@micropython.asm_thumb
def mix(r0, r1) -> uint:
    mov(r2, r0)
    and_(r2, r1)
    eor(r0, r1)
    lsl(r0, r0, 2)
    orr(r0, r2)
@micropython.asm_thumb
def shifts(r0) -> uint:
    lsr(r1, r0, 4)
    asr(r2, r0, 4)
    eor(r1, r2)
    mov(r0, r1)
@micropython.asm_thumb
def not_bic(r0, r1) -> uint:
    mvn(r0, r0)
    bic(r0, r1)
@micropython.asm_thumb
def ror8(r0) -> uint:
    mov(r1, 8)
    ror(r0, r1)
print(mix(0b1100, 0b1010), mix(255, 15), mix(0x80000000, 1))
print(shifts(0x12345678), shifts(-256), shifts(1))
print(hex(not_bic(0, 0xff)), hex(not_bic(0x0f0f0f0f, 0xf0)), not_bic(-1, 0))
print(hex(ror8(0x12345678)), hex(ror8(0xff)))
