# Shifts of big ints (the count must fit a machine word), round() with ndigits and with
# objects that only have __float__, bin() of a non-int.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = 1
big = 2**70
show(lambda: x << 100)
show(lambda: x << -1)
show(lambda: x << big)
show(lambda: 0 << big)
show(lambda: x >> big)
show(lambda: -x >> 2**31)
show(lambda: -x >> (2**31 - 1))
show(lambda: x << -big)
show(lambda: -big >> 3)
show(lambda: -big >> 200)
show(lambda: big >> 200)
show(lambda: len(bin(x << 2**12)))

class F:
    def __float__(self):
        return 2.5

class I:
    def __int__(self):
        return 7

show(lambda: round(F()))
show(lambda: round(F(), 1))
show(lambda: round(I()))
show(lambda: round('1'))
show(lambda: round(1.5, None))
show(lambda: round(1.5, 2**31))
show(lambda: round(1.5, 1.0))
for v in (0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 2.675, 1e300, float('inf'), float('nan')):
    r = []
    for n in (None, 0, 1, 2, -1, -400, 400):
        try:
            r.append(round(v) if n is None else round(v, n))
        except Exception as e:
            r.append(type(e).__name__)
    print(v, r)
for v in (5, 15, 25, 1245, -1245, 1250, 2**70 + 5, True):
    print(v, [round(v, n) for n in (0, 1, -1, -2, -400)])
show(lambda: bin(1.5))
show(lambda: bin('a'))
show(lambda: bin(True))
show(lambda: hex(1.5))
