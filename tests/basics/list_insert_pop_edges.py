l = []
l.insert(0, "a")
l.insert(-10, "b")
l.insert(10, "c")
l.insert(1, "d")
print(l)
print(l.pop(-1), l.pop(0), l)
try:
    l.pop(5)
except IndexError as e:
    print("IndexError", e)
m = list(range(5))
print(m.pop(2), m, m.pop(-2), m)
