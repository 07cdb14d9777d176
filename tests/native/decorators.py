# oracle: unix, strip-native
import micropython


def trace(f):
    def wrapper(*args):
        r = f(*args)
        print("call", args, "->", r)
        return r
    return wrapper


@trace
@micropython.native
def add(a, b):
    return a + b


def memo(f):
    cache = {}

    @micropython.native
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapped


@memo
@micropython.native
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


add(2, 3)
add("x", "y")
print(slow_fib(15))
