def as_int(a):
    return -a
def as_uint(a):
    return (-a) & 0xFFFFFFFF
def is_even(a):
    return a % 2 == 0
def as_int_ann(a):
    return -1
def no_args():
    return 42
print(as_int(5), as_int(-5), as_uint(5), as_uint(0))
print([is_even(v) for v in range(5)], is_even(-2))
print(as_int_ann(0), no_args(), type(is_even(1)).__name__)
print(as_int(True), as_int(False), as_int(0))
