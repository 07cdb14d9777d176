def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    yield "end"
g = acc()
print(g.send(None))
print(g.send(5), g.send(10), g.send(-3))
print(g.send(None))
try:
    g.send(1)
except StopIteration:
    print("stopped")
g2 = acc()
try:
    g2.send(7)
except TypeError as e:
    print("TypeError", e)
