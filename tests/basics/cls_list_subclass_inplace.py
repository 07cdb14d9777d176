# in-place ops on a list subclass rebind the name to MicroPython's native list; aliases share it
class L(list):
    def tag(self):
        return "L"
a = L([1])
b = a
a += [2]
print(type(a).__name__, type(b).__name__, a, b, a is b)
a.append(3)
print(b, len(b), b.tag())
b *= 2
print(type(b).__name__, b, a)
c = L([5])
c = c + [1]
print(type(c).__name__, c)
d = L([1, 2])
d.extend([3])
d[0:1] = [0]
print(type(d).__name__, d)
class Counted(list):
    def __iadd__(self, other):
        print("own __iadd__")
        self.extend(other)
        return self
e = Counted([1])
e += [2]
print(type(e).__name__, e)
class WithIter(list):
    def __iter__(self):
        print("custom iter")
        return iter([9, 8])
w = WithIter([1, 2])
x, y = w
print(x, y, w[0], list(w))
p, *q = w
print(p, q)
