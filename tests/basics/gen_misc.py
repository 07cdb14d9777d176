def gen():
    yield 1
    yield 2
g = gen()
print(iter(g) is g, type(g).__name__)
for v in g:
    print("v", v)
print(list(g))
def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def lazy():
    print("started")
    yield 1
l = lazy()
print("created")
print(next(l))
gens = [(lambda i: (i * j for j in range(3)))(i) for i in range(3)]
print([list(x) for x in gens])
def early():
    return
    yield
print(list(early()))
