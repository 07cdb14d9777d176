print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(1, 10, 3))))
print(list(reversed((1, 2))), "".join(reversed("stressed")))
class R:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
print(list(reversed(R())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 1, 1: 2}), sorted([1, 3, 2], reverse=True))
print(sorted([-3, 2, -1], key=abs), sorted([], reverse=True))
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
