def worker():
    try:
        while True:
            try:
                v = yield "ready"
                print("got", v)
            except ValueError as e:
                print("caught ValueError", e)
                yield "recovered"
    finally:
        print("cleanup")
g = worker()
print(next(g))
print(g.send(1))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
try:
    next(g)
except StopIteration:
    print("exhausted")
