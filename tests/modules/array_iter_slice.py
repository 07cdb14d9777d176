import array
a = array.array("i", range(10))
print(a[2:5], a[-2:], sum(a), max(a), list(reversed(a))[:3])
b = a[:]
b[0] = 99
print(a[0], b[0])
print([x * 2 for x in array.array("h", [1, 2, 3])])
print(list(array.array("f", [1, 2])) == [1.0, 2.0])
m = memoryview(array.array("B", [1, 2, 3]))
print(m[1], len(m))
