l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-3:-1], l[7:2:-2])
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [99, 100]
print(l)
l[1:3] = (7, 8, 9)
print(l)
del l[1:3]
print(l)
del l[-2:]
print(l)
l[2:4] = ["x", "y"]
print(l)
try:
    l[0:1] = "str"
except TypeError as e:
    print("TypeError", e)
m = [1, 2, 3]
m[1:2] = []
print(m)
m[5:] = [9]
print(m)
