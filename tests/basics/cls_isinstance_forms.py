# isinstance/issubclass with classes, tuples (nested), builtins and errors
class A: pass
class B(A): pass
class C: pass
b = B()
cases = [
    (b, A), (b, (C, A)), (b, (C,)), (b, ()), (b, (C, (A,))), (b, ((C, (B,)),)),
    (1, int), (True, int), (True, (bool,)), (1, (str, float)), (1.0, (int, float)),
    ("s", str), (b"b", (bytes, bytearray)), ([], (list, tuple)), (None, type(None)),
    (int, type), (A, type), (A, object), (b, object), (len, object), (type, type),
]
for obj, ci in cases:
    try:
        print(isinstance(obj, ci), end=" ")
    except TypeError as e:
        print("TE(%s)" % e, end=" ")
print()
sub = [(B, A), (A, B), (B, (C, A)), (bool, int), (int, bool), (A, object), (type, object),
       (B, ()), (B, (C, (A,))), (KeyError, (ValueError, LookupError)), (list, (tuple, object))]
print([issubclass(x, y) for x, y in sub])
for bad in ((b, 1), (b, "A"), (b, (A, 1)), (b, [A]), (b, None)):
    try:
        print(isinstance(*bad))
    except TypeError as e:
        print("isinstance TypeError", e)
for bad in ((b, A), (1, int), (B, 1), (B, (A, "x")), (B, [A])):
    try:
        print(issubclass(*bad))
    except TypeError as e:
        print("issubclass TypeError", e)
try:
    isinstance(b)
except TypeError as e:
    print("TypeError", e)
