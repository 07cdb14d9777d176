print(len(""), len("abc"), len("€"), len(b"\x00\x01"), len([]), len((1,)), len({1: 2}), len({1, 2, 2}))
print(len(range(5)), len(range(0, 100, 7)), len(bytearray(4)), len(frozenset("aab")))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in (1, None, 1.5, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
