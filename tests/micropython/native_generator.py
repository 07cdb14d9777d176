# oracle: strip-native
import micropython
@micropython.native
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(6)))
@micropython.native
def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)
g = echo()
next(g)
g.send("a")
g.send("b")
try:
    g.send(None)
except StopIteration as e:
    print(e.value)
