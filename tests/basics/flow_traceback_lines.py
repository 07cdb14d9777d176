# traceback line numbers for errors in generators, lambdas, comprehensions and multi-line code
import sys

def show(fn):
    try:
        fn()
    except Exception as e:
        sys.print_exception(e, sys.stdout)

def gen():
    yield 1
    yield 1 // 0

show(lambda: list(gen()))

def multi_line():
    x = [
        1,
        2,
        undefined_name,
    ]
    return x
show(multi_line)

def call_args():
    return max(
        1,
        "a",
    )
show(call_args)

def in_comp():
    return [
        10 // v
        for v in (2, 1, 0)
    ]
show(in_comp)

def nested_gen():
    def inner():
        yield from outer_helper()
    def outer_helper():
        yield 1
        raise KeyError("deep")
    return list(inner())
show(nested_gen)

def through_finally():
    try:
        raise ValueError("v")
    finally:
        pass
show(through_finally)

def reraise():
    try:
        {}["missing"]
    except KeyError:
        raise
show(reraise)

def chained_attr():
    obj = None
    return (obj
            .attr)
show(chained_attr)

show(lambda: (lambda: 1 + "s")())

class C:
    def method(self):
        return self.other()
    def other(self):
        raise OSError(2)
show(lambda: C().method())

def gen_send():
    x = yield
    yield 100 // x
g = gen_send()
next(g)
show(lambda: g.send(0))

def deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def decorated(v):
    return v[5]
show(lambda: decorated([1]))

def while_cond():
    i = 0
    while i < int("x"):
        i += 1
show(while_cond)

def in_with():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            return False
    with CM():
        [].pop()
show(in_with)
print("done")
