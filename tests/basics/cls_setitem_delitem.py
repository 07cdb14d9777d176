# __setitem__/__delitem__/__getitem__ receive ints, tuples, slices; missing ones raise
class Rec:
    def __getitem__(self, k):
        print("get", k)
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
r = Rec()
r[0] = 1
r["a"] = [2]
r[1, 2] = 3
r[1:2] = "s"
r[::2] = 4
r[:] = 5
r[1:2, 3] = 6
del r[0]
del r[1:]
del r[::-1]
del r[1, 2]
print(r[..., 1])
print(r[:, 1])
x = r[1:2:3]
print(type(x).__name__, x.start, x.stop, x.step)
r[0] += 5
class GetOnly:
    def __getitem__(self, k):
        return k
g = GetOnly()
try:
    g[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del g[0]
except TypeError as e:
    print("TypeError", e)
class SetOnly:
    def __setitem__(self, k, v):
        pass
s = SetOnly()
try:
    s[0]
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
class DelRet:
    def __delitem__(self, k):
        return "ignored"
    def __setitem__(self, k, v):
        return "ignored too"
d = DelRet()
del d[1]
d[1] = 2
print("ok")
class Store:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
st = Store()
st["a"] = 1
st["a"] += 10
st["b"] = st["a"] * 2
print(sorted(st.d.items()))
del st["a"]
try:
    del st["a"]
except KeyError as e:
    print("KeyError", e)
try:
    st["zz"]
except KeyError as e:
    print("KeyError", e)
