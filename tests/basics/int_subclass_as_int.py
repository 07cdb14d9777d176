# Instances of an int subclass (or of a class with __int__) work where ints are taken.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class I(int):
    pass
t(lambda: hex(I(255)))
t(lambda: oct(I(8)))
t(lambda: chr(I(65)))
t(lambda: list(range(I(3))))
t(lambda: list(range(I(1), I(6), I(2))))
t(lambda: [1, 2, 3][I(1)])
t(lambda: (1, 2, 3)[I(1)])
t(lambda: "abc"[I(1)])
t(lambda: b"abc"[I(1)])
t(lambda: bytearray(b"ab")[I(1)])
t(lambda: [0] * I(3))
t(lambda: I(3) * [0])
t(lambda: "ab" * I(2))
t(lambda: [1, 2, 3, 4][I(1):I(3)])
t(lambda: "%d %x" % (I(10), I(255)))
t(lambda: "abcabc".index("c", I(3)))
t(lambda: [1, 2, 3].pop(I(0)))
t(lambda: {I(2): "a"}[2])
t(lambda: {2: "a"}[I(2)])
t(lambda: I(5) + 2)
t(lambda: 2 + I(5))
t(lambda: 2 * I(5))
t(lambda: 2 < I(5))
t(lambda: I(5) < 2)
l = [0, 0]
l[I(1)] = 5
print(l)
class W:
    def __int__(self):
        return 2
t(lambda: [1, 2, 3][W()])
t(lambda: hex(W()))
t(lambda: list(range(W())))
