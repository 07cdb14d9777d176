# += *= and friends on lists, tuples and their aliasing
a = [1, 2]
b = a
a += [3]
a += (4, 5)
a += "ab"
a += range(2)
print(a, b is a)
a *= 2
print(a, b is a, len(b))
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
try:
    t += [3]
except TypeError as e:
    print("TypeError", e)
for n in (0, -1, -100):
    c = [1, 2]
    c *= n
    print(n, c)
try:
    a += 5
except TypeError as e:
    print("TypeError", e)
try:
    a *= 1.5
except TypeError as e:
    print("TypeError", e)
l = [[0]] * 3
l[0].append(1)
print(l)
x = [1, 2, 3]
x.extend(x)
print(x)
x[len(x):] = x
print(len(x))
print([1] + [2], [1] * 3, 3 * [1], [] * 5, [0] * True)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
