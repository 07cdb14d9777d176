# oracle: skip
# expected: equivalent pure-Python code (_equiv/shifts_reg.py) run by the reference MicroPython
import micropython
# register-amount shifts use the bottom byte of the amount: 32 and more clear (or sign-fill)
@micropython.asm_thumb
def lsl_r(r0, r1) -> uint:
    lsl(r0, r1)
@micropython.asm_thumb
def lsr_r(r0, r1) -> uint:
    lsr(r0, r1)
@micropython.asm_thumb
def asr_r(r0, r1):
    asr(r0, r1)
@micropython.asm_thumb
def ror_r(r0, r1) -> uint:
    ror(r0, r1)
@micropython.asm_thumb
def asr_imm(r0):
    asr(r0, r0, 31)
V = 0x80000001
print([lsl_r(V, n) for n in (0, 1, 31, 32, 33, 255, 256, 257)])
print([lsr_r(V, n) for n in (0, 1, 31, 32, 33, 256, 257)])
print([asr_r(V, n) for n in (0, 1, 31, 32, 100, 256)], [asr_r(0x40000000, n) for n in (1, 30, 31, 40)])
print([hex(ror_r(0x12345678, n)) for n in (0, 4, 32, 36, 256, 260)])
print(asr_imm(-5), asr_imm(5), asr_imm(0))
