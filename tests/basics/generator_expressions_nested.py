matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(3) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
flat = (x for row in matrix for x in row)
print(list(flat))
print(sum(x * y for x, y in zip(range(4), range(4, 8))))
print(dict((k, v) for k, v in zip("ab", "xy")))
print(list(x for x in (y * 2 for y in range(5)) if x > 2))
