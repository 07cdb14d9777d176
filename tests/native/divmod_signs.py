# oracle: unix, strip-native
import micropython


@micropython.native
def table(values, divisors):
    rows = []
    for a in values:
        row = []
        for b in divisors:
            row.append((a // b, a % b))
        rows.append(row)
    return rows


@micropython.native
def check(a, b):
    q, r = divmod(a, b)
    return q * b + r == a


for row in table((17, -17, 0, 5), (5, -5, 3)):
    print(row)
print(all(check(a, b) for a in range(-20, 21, 3) for b in (1, 2, -3, 7)))
print(divmod(7.5, 2), divmod(-7.5, 2))
