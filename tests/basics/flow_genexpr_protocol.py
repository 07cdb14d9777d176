# generator expressions are full generators: send, throw, close, exhaustion, laziness
ge = (x * x for x in range(5))
print(type(ge).__name__, next(ge), next(ge))
print(ge.send(None))
try:
    ge.send(7)
    print("send ok")
except TypeError as e:
    print("TypeError", e)
print(list(ge))
print(list(ge))

ge = (x for x in range(3))
next(ge)
try:
    ge.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(ge))

ge = (x for x in range(3))
ge.close()
print(list(ge))

# laziness: only the first iterable is evaluated at creation
log = []
def src(n):
    log.append("src%d" % n)
    return range(n)
ge = (a * 10 + b for a in src(2) for b in src(3))
print(log)
print(list(ge), log)

# conditions run lazily, once per item
log.clear()
def cond(x):
    log.append(x)
    return x % 2
ge = (x for x in range(6) if cond(x))
print(next(ge), log)
print(next(ge), log)

# errors inside are raised at iteration time
ge = (1 // x for x in (1, 0, 2))
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(ge))

# genexpr as the sole argument of various builtins
print(sum(x for x in range(10)), max(x % 7 for x in range(20)), any(x > 3 for x in [1, 5]))
print(tuple(str(x) for x in range(3)), sorted((x % 3 for x in range(7)), reverse=True))
print(dict((k, k * 2) for k in "ab"), set(c for c in "hello"), "".join(c.upper() for c in "xyz"))
print(list(zip((x for x in "ab"), (y for y in range(5)))))
# nested genexprs share nothing but the captured names
n = 3
ge = ((i, j) for i in range(n) for j in (k for k in range(i)))
n = 100
print(list(ge))
