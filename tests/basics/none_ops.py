def f():
    pass
print(f(), f() is None, type(f()))
x = None
print(x is None, x is not None, x == None, bool(x))
print([None, None], {None: 1})
try:
    None + 1
except TypeError as e:
    print("TypeError", e)
try:
    None()
except TypeError as e:
    print("TypeError", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError", e)
