r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], 8 in r, 9 in r)
print(range(5), range(0, 5), range(1, 10, 2), range(10, 0, -1))
print(list(range(0)), list(range(5, 0)), list(range(5, 0, -2)), len(range(10, 0, -3)))
print(r[1:3], list(r[1:3]), list(r[::-1]), r[::2])
print(range(3) == range(3), range(0) == range(2, 2), range(1, 4) == range(1, 5))
print(list(reversed(range(4))), sum(range(101)), max(range(7)))
print(r.start, r.stop, r.step)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    r[100]
except IndexError as e:
    print("IndexError", e)
