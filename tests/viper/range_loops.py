# oracle: unix
# requires: viper
import micropython


@micropython.viper
def forms(n: int) -> object:
    a = 0
    for i in range(n):
        a += i
    b = 0
    for i in range(3, n):
        b += i
    c = 0
    for i in range(0, n, 4):
        c += i
    d = 0
    for i in range(n, 0, -3):
        d += i
    return (a, b, c, d)


@micropython.viper
def empty_ranges() -> int:
    k = 0
    for i in range(0):
        k += 1
    for i in range(5, 2):
        k += 1
    for i in range(2, 5, -1):
        k += 1
    return k


@micropython.viper
def bounds_evaluated_once(items) -> int:
    k = 0
    for i in range(int(len(items))):
        items.append(i)
        k += 1
    return k


print(forms(10), forms(1), forms(0))
print(empty_ranges())
lst = [1, 2, 3]
print(bounds_evaluated_once(lst), lst)
