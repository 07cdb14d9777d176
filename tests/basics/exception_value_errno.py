# Every exception has .value and .errno: its first argument, or None.
print(ValueError(1).value, ValueError(1).errno)
print(OSError(2).errno, OSError(2).value)
print(StopIteration(7).value, StopIteration().value)
print(KeyError("k").value, Exception().value, Exception(1, 2).errno)
print(dir(ValueError(1)))
print(hasattr(BaseException(), "errno"))
class MyE(Exception):
    def __init__(self, x):
        self.value = x * 2
e = MyE(3)
print(e.value, e.errno, e.args)
try:
    ValueError(1).value = 3
except AttributeError as x:
    print("AttributeError", x)
try:
    [].append = 1
except AttributeError as x:
    print("AttributeError", x)
