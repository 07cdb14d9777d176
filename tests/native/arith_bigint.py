# oracle: unix, strip-native
import micropython


@micropython.native
def factorial(n):
    r = 1
    while n > 1:
        r *= n
        n -= 1
    return r


@micropython.native
def power_mod(b, e, m):
    return pow(b, e, m), b ** e % m


@micropython.native
def big_ops(a, b):
    return a + b, a - b, a * b, a // b, a % b, a >> 40, a << 3, a & b, a | b, a ^ b


print(factorial(25))
print(power_mod(7, 123, 1000003))
x = 123456789123456789123
print(big_ops(x, 987654321987))
print(big_ops(-x, 987654321987))
print(factorial(20) == 2432902008176640000)
