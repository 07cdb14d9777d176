# oracle: unix, strip-native
import micropython


@micropython.native
def square(x):
    return x * x


@micropython.native
def sum_squares(n):
    total = 0
    for i in range(n):
        total += square(i)
    return total


@micropython.native
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


@micropython.native
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


@micropython.native
def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(square(12), sum_squares(10), fact(10))
print([is_even(n) for n in range(6)])
