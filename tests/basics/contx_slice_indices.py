# slice objects (made by subscripting): attributes, indices() and use as subscripts
class Maker:
    def __getitem__(self, s):
        return s


M = Maker()
for s in (M[:], M[:3], M[1:5], M[::-1], M[-3:], M[1:100:3], M[-100:100:-7], M[5:1:-1], M[0:0:1], M[2**40:-(2**40)], M[None:None:None]):
    print(s, s.start, s.stop, s.step)
    for n in (0, 1, 5, 10):
        print(" ", n, s.indices(n), list(range(*s.indices(n))) == list(range(n))[s])
try:
    print(M[1:2:0].indices(5))
except ValueError as e:
    print("ValueError", e)
for n in (-1, 2**70):
    try:
        print(M[1:].indices(n))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    M[1.5:].indices(4)
except TypeError as e:
    print("TypeError", e)
s = M[1:4]
print("abcdef"[s], [0, 1, 2, 3, 4][s], (9, 8, 7, 6)[s], b"xyzw"[s], range(10)[s])
print(M[1:] == M[1:], M[1:2] == M[1:3], M[:] == M[::], M["a":[1]:()])
try:
    slice(1)
except TypeError as e:
    print("TypeError", e)
try:
    hash(M[1:])
    print("hashable")
except TypeError as e:
    print("TypeError", e)
