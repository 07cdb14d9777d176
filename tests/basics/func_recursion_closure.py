def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(25), fib(30))
def decorator_with_args(prefix):
    def deco(f):
        def wrapped(*a):
            return prefix + str(f(*a))
        return wrapped
    return deco
@decorator_with_args(">> ")
def add(a, b):
    return a + b
print(add(2, 3))
