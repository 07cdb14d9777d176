def read(n):
    for i in range(n):
        yield i
def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v
def scale(src, k):
    for v in src:
        yield v * k
pipe = scale(evens(read(10)), 3)
print(list(pipe))
def take(n, it):
    for _ in range(n):
        yield next(it)
def naturals():
    i = 0
    while True:
        yield i
        i += 1
print(list(take(5, naturals())))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1], range(2))))
