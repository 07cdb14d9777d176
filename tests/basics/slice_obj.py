class S:
    def __getitem__(self, i):
        return i
o = S()
s = o[1:8:2]
print(s, s.start, s.stop, s.step, type(s).__name__)
print(o[:5], o[::-1], o[1:2], o[::3], o[1:2, 3], o[...], o[:, 1])
l = list(range(10))
print(l[s], l[o[:3]], l[o[::-1]], "abcdefgh"[o[2:5]])
print(o["key"], o[-1], o[None:None])
