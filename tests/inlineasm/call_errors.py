# oracle: skip
# expected: equivalent pure-Python code (_equiv/call_errors.py) run by the reference MicroPython;
# asm functions check arguments with mp_arg_check_num ("function takes ..."), not "two() takes"
import micropython
@micropython.asm_thumb
def two(r0, r1):
    add(r0, r0, r1)
for args in ((1,), (1, 2, 3), ()):
    try:
        two(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    two(1, r1=2)
except TypeError as e:
    print("TypeError:", e)
print(two(40, 2), two(*[1, 2]))
