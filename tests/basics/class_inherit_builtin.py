class MyList(list):
    def total(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), isinstance(l, list), type(l).__name__)
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
d = MyDict(a=1)
print(d["a"], d.get("a"))
class MyInt(int):
    def double(self):
        return self * 2
i = MyInt(21)
print(i, i.double(), i + 1, type(i + 1).__name__)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s, s.shout(), len(s), s == "hi")
class MyTuple(tuple):
    pass
t = MyTuple([1, 2])
print(t, len(t), t[1])
