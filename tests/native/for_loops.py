# oracle: unix, strip-native
import micropython


@micropython.native
def ranges():
    a = [i for i in range(5)]
    b = [i for i in range(2, 12, 3)]
    c = [i for i in range(10, 0, -4)]
    d = [i for i in range(5, 5)]
    return a, b, c, d


@micropython.native
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None


@micropython.native
def for_else(items):
    for x in items:
        if x < 0:
            found = x
            break
    else:
        found = "none negative"
    return found


@micropython.native
def loop_var_after(n):
    for i in range(n):
        pass
    return i


print(ranges())
print(search([[1, 2], [3, 4], [5, 6]], 4), search([[1]], 9))
print(for_else([3, -2, 5]), for_else([1, 2]))
print(loop_var_after(7))
