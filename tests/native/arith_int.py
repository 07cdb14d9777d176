# oracle: unix, strip-native
import micropython


@micropython.native
def ops(a, b):
    return a + b, a - b, a * b, a // b, a % b, -a, +b, abs(a - b)


@micropython.native
def accumulate(n):
    total = 0
    for i in range(1, n + 1):
        total += i * i
        total -= i
    return total


for a, b in ((7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (100, 7)):
    print(a, b, ops(a, b))
print(accumulate(10), accumulate(100))
