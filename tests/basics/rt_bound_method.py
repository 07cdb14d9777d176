# Bound methods compare equal when they bind the same object to the same function (identity,
# not the object's __eq__), hash alike, and take attributes from their function.
class A:
    def m(self):
        pass

    def __eq__(self, o):
        return True

    def __hash__(self):
        return 1


a = A()
b = A()
print(a.m == a.m, a.m == b.m, a.m != a.m, a.m != b.m)
print(hash(a.m) == hash(a.m))
print(a.m.__name__, A.m.__name__)
l = []
print(l.append == l.append, [].append == [].append, l.append == l.pop)
print(hash(l.append) == hash(l.append))
print({a.m: 1}[a.m])
print(a.m in [a.m], a.m == A.m, a.m == 1)
for expr in ("l.append.__name__", "a.m.__self__", "a.m.__func__", "print.__name__"):
    try:
        print(eval(expr))
    except AttributeError as e:
        print("AttributeError", e)
print(type(a.m).__name__, type(l.append).__name__)
