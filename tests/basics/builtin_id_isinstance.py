a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(isinstance(1, int), isinstance(1, (str, int)), isinstance("s", (list, tuple)))
print(isinstance(True, int), isinstance(1.0, float), isinstance([], object))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(list, list))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
