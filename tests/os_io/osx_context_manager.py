# oracle: unix
# Files as context managers: __enter__ returns the file, __exit__ closes it even on errors
# and never swallows the exception.
import os

N = "_tmp_osx_context_manager.txt"
with open(N, "w") as f:
    print(f.__enter__() is f, f.write("data"))
try:
    f.write("x")
except ValueError as e:
    print("after with:", e)
try:
    with open(N) as f:
        print(f.read(2))
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e)
try:
    f.read()
except ValueError as e:
    print("closed after error:", e)
g = open(N)
print(g.__exit__(None, None, None), g.__exit__(1, 2, 3))
for args in ((), (1,), (1, 2, 3, 4)):
    try:
        g.__exit__(*args)
    except TypeError as e:
        print(len(args), "TypeError", e)
try:
    g.read()
except ValueError as e:
    print("closed by __exit__:", e)
with open(N) as a, open(N, "rb") as b:
    print(a.read(), b.read())
for name, op in (("exit no self", lambda: type(g).__exit__()), ("enter extra", lambda: g.__enter__(1))):
    try:
        op()
    except TypeError as e:
        print(name, "TypeError", e)
def reader():
    with open(N) as h:
        yield h.read(1)
        yield h.read(1)
gen = reader()
print(next(gen), next(gen))
gen.close()
with open(N) as h:
    for c in h.read():
        pass
    print(c)
os.remove(N)
