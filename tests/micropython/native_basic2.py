# oracle: strip-native
import micropython
@micropython.native
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
@micropython.native
def concat(parts, sep=", "):
    return sep.join(str(p) for p in parts)
print(fib(10), fib(90))
print(concat([1, 2.5, "x"]), concat("ab", sep="-"))
print(type(fib).__name__)
