class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)))
for x in Countdown(2):
    print("x", x)
class Tree:
    def __init__(self, *kids):
        self.kids = kids
    def __iter__(self):
        for k in self.kids:
            yield k
print(list(Tree(1, 2, 3)), [k * 2 for k in Tree(5)])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
a, b = Countdown(2)
print(a, b)
