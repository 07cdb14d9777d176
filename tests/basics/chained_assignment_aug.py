a = b = c = 5
a += 1
print(a, b, c)
l1 = l2 = []
l1 += [1]
print(l1, l2)
x = [1, 2, 3]
x[1] += 10
x[-1] *= 2
print(x)
d = {"k": 1}
d["k"] -= 5
print(d)
class O:
    v = 1
o = O()
o.v += 1
print(o.v, O.v)
