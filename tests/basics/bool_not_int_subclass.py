# bool has no parent type in MicroPython: int's methods aren't there, isinstance says no.
print(bool.__bases__)
print(isinstance(True, int), issubclass(bool, int))
try:
    True.to_bytes(1, "big")
except AttributeError as e:
    print("AttributeError", e)
try:
    bool.from_bytes(b"\x01", "big")
except AttributeError as e:
    print("AttributeError", e)
print(dir(True))
print(True + 1, True * 2.5, -True, hash(True), "{:d}".format(True))
print([1, 2][True], {1: "one"}[True], True == 1)
