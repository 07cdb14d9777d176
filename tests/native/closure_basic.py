# oracle: unix, strip-native
import micropython


@micropython.native
def make_adder(n):
    def add(x):
        return x + n
    return add


@micropython.native
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(4)]


@micropython.native
def compose(f, g):
    @micropython.native
    def h(x):
        return f(g(x))
    return h


add5 = make_adder(5)
print(add5(1), make_adder(-2)(10))
print([m(3) for m in make_multipliers()])
inc_then_double = compose(lambda v: v * 2, make_adder(1))
print(inc_then_double(4), compose(str, abs)(-7))
