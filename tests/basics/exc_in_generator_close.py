def g():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
gen = g()
next(gen)
try:
    gen.close()
except ValueError as e:
    print("close raised", e)
def h():
    yield 1
gen = h()
try:
    gen.throw(TypeError("thrown before start"))
except TypeError as e:
    print("TypeError", e)
print(list(gen))
