# reversed over every sequence type and user classes; sorted over every iterable
for seq in ([1, 2, 3], (4, 5), "abc", b"xy", bytearray(b"pq"), range(3), range(10, 0, -3), [], ""):
    print(repr(seq), list(reversed(seq)))
class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10

class Rev:
    def __reversed__(self):
        return iter("zyx")

print(list(reversed(Seq())), list(reversed(Rev())))
for bad in ({1: 2}, {1, 2}, 5, None, iter([1])):
    try:
        print(list(reversed(bad)))
    except (TypeError, KeyError) as e:
        print(type(bad).__name__, type(e).__name__, e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(sorted({3, 1, 2}), sorted({"b": 1, "a": 2}), sorted(iter([2, 1])), sorted("zyx"), sorted(b"cab"), sorted(x % 4 for x in range(9)))
print(sorted([3, 1, 2], reverse=0), sorted([3, 1, 2], reverse=1), sorted([1, 2], reverse=None))
try:
    sorted([1, 2], [3])
except TypeError as e:
    print("TypeError", e)
