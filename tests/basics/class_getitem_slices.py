class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            start, stop, step = idx.start or 0, idx.stop if idx.stop is not None else self.n, idx.step or 1
            return [i * i for i in range(start, stop, step)]
        if idx < 0:
            idx += self.n
        if not 0 <= idx < self.n:
            raise IndexError("out of range")
        return idx * idx
s = Seq(6)
print(s[2], s[-1], s[1:4], s[::2], s[3:])
print(list(s), 16 in s)
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
