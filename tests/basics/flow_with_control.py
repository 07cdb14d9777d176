# with statements exited by return, break, continue, exceptions and generator close
log = []
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("in " + self.name)
        return self.name
    def __exit__(self, *exc):
        log.append("out " + self.name + (" " + exc[0].__name__ if exc[0] else ""))

def loops():
    for i in range(4):
        with CM("L%d" % i):
            if i == 0:
                continue
            if i == 2:
                break
            log.append("body %d" % i)
    return i
print(loops(), log); log.clear()

def nested_return():
    with CM("a"):
        for j in range(3):
            with CM("b%d" % j):
                if j == 1:
                    return j
print(nested_return(), log); log.clear()

def while_with():
    n = 0
    while True:
        with CM("w"):
            n += 1
            if n == 2:
                break
    return n
print(while_with(), log); log.clear()

def gen():
    with CM("gen"):
        yield 1
        yield 2
g = gen()
print(next(g), log)
g.close()
print(log); log.clear()

g = gen()
print(list(g), log); log.clear()

def exc_in_loop():
    try:
        for i in range(3):
            with CM("e%d" % i):
                if i == 1:
                    raise RuntimeError("stop")
    except RuntimeError as e:
        return str(e)
print(exc_in_loop(), log); log.clear()

def try_in_with():
    with CM("t"):
        try:
            return "from try"
        finally:
            log.append("finally")
print(try_in_with(), log); log.clear()

def with_in_finally():
    try:
        return 1
    finally:
        with CM("f"):
            log.append("in finally")
print(with_in_finally(), log); log.clear()

# the value of the with statement's expression is evaluated once
count = [0]
def make():
    count[0] += 1
    return CM("m")
for _ in range(3):
    with make() as name:
        pass
print(count, name, log)
