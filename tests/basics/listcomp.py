print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([x if x % 2 else -x for x in range(6)])
print([c.upper() for c in "abc" if c != "b"])
x = "outer"
print([x for x in "inner"], x)
print([i for i in range(20) if i % 2 if i % 3])
