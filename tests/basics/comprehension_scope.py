x = 10
lst = [x for x in range(3)]
print(lst, x)
def f():
    y = 5
    return [y * i for i in range(3)]
print(f())
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([[i * j for j in range(3)] for i in range(3)])
g = (i for i in range(3))
print(sum(g), sum(g))
