class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
b = Bag(1, 2, 3)
print(len(b), bool(b), bool(Bag()), 2 in b, 5 not in b)
print(list(b), sorted(b, reverse=True), max(b), sum(b))
class IterOnly:
    def __iter__(self):
        yield "a"
        yield "b"
print("b" in IterOnly(), "z" in IterOnly())
