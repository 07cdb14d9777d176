# old-style iteration through __getitem__ and the ways it stops
class Seq:
    def __init__(self, n, exc=IndexError):
        self.n = n
        self.exc = exc
    def __getitem__(self, i):
        if i >= self.n:
            raise self.exc(i)
        return i * i
print(list(Seq(5)))
print(list(Seq(0)))
print(tuple(Seq(3)), sum(Seq(4)), sorted(Seq(4), reverse=True))
print([x for x in Seq(3)], set(Seq(3)) == {0, 1, 4})
a, b, c = Seq(3)
print(a, b, c)
print(list(Seq(3, StopIteration)))
try:
    print(list(Seq(3, KeyError)))
except KeyError as e:
    print("KeyError", e)
try:
    for x in Seq(3, ValueError):
        print("got", x)
except ValueError as e:
    print("ValueError", e)
it = iter(Seq(2))
print(type(it).__name__ == "Seq", next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(enumerate(Seq(3))), list(zip(Seq(3), "abc")))
print(max(Seq(4)), min(Seq(4)), list(map(str, Seq(3))))

class Dict2:
    def __getitem__(self, k):
        return {"a": 1}[k]
try:
    for x in Dict2():
        print(x)
except KeyError as e:
    print("KeyError", e)
class NotIter:
    pass
for name, f in (("list", list), ("tuple", tuple), ("iter", iter), ("enumerate", enumerate), ("sorted", sorted)):
    try:
        f(NotIter())
    except TypeError as e:
        print(name, "TypeError", e)
