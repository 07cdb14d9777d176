# oracle: unix, strip-native
import micropython


@micropython.native
def squares(n):
    return [i * i for i in range(n)]


@micropython.native
def evens_nested(rows):
    return [x for row in rows for x in row if x % 2 == 0]


@micropython.native
def matrix(n):
    return [[r * n + c for c in range(n)] for r in range(n)]


@micropython.native
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]


@micropython.native
def with_captured(k, items):
    return [k * v for v in items if v != k]


print(squares(6))
print(evens_nested([[1, 2, 3], [4, 5], [6, 8, 9]]))
m = matrix(3)
print(m)
print(transpose(m))
print(with_captured(3, [1, 2, 3, 4]))
