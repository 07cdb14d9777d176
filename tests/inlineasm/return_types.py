# oracle: skip
# expected: equivalent pure-Python code (_equiv/return_types.py) run by the reference MicroPython
import micropython
@micropython.asm_thumb
def as_int(r0):
    neg(r0, r0)
@micropython.asm_thumb
def as_uint(r0) -> uint:
    neg(r0, r0)
@micropython.asm_thumb
def is_even(r0) -> bool:
    mov(r1, 1)
    and_(r0, r1)
    eor(r0, r1)
@micropython.asm_thumb
def as_int_ann(r0) -> int:
    mov(r1, 0)
    mvn(r0, r1)
@micropython.asm_thumb
def no_args():
    mov(r0, 42)
print(as_int(5), as_int(-5), as_uint(5), as_uint(0))
print([is_even(v) for v in range(5)], is_even(-2))
print(as_int_ann(0), no_args(), type(is_even(1)).__name__)
print(as_int(True), as_int(False), as_int(None))
