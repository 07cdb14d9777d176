# __index__, __int__, __float__ and where MicroPython consults them
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class IntOnly:
    def __int__(self):
        return 7
class FloatOnly:
    def __float__(self):
        return 2.5
lst = list(range(10))
tests = [
    ("list[i]", lambda: lst[Idx(3)]),
    ("slice", lambda: lst[Idx(1):Idx(4)]),
    ("tuple[i]", lambda: (1, 2, 3)[Idx(-1)]),
    ("str[i]", lambda: "abc"[Idx(1)]),
    ("bytes[i]", lambda: b"abc"[Idx(0)]),
    ("range", lambda: list(range(Idx(3)))),
    ("mul", lambda: [0] * Idx(2)),
    ("bin", lambda: bin(Idx(5))),
    ("hex", lambda: hex(Idx(255))),
    ("oct", lambda: oct(Idx(8))),
    ("int()", lambda: int(Idx(4))),
    ("int(IntOnly)", lambda: int(IntOnly())),
    ("float(FloatOnly)", lambda: float(FloatOnly())),
    ("float(IntOnly)", lambda: float(IntOnly())),
    ("int(FloatOnly)", lambda: int(FloatOnly())),
    ("list[IntOnly]", lambda: lst[IntOnly()]),
    ("list[FloatOnly]", lambda: lst[FloatOnly()]),
    ("chr", lambda: chr(Idx(65))),
    ("round", lambda: round(2.567, Idx(1))),
    ("bytes(n)", lambda: bytes(Idx(2))),
    ("idx big", lambda: lst[Idx(100)]),
    ("idx str", lambda: lst[Idx("1")]),
    ("pow", lambda: pow(2, Idx(3))),
    ("abs", lambda: abs(IntOnly())),
    ("math.floor", lambda: __import__("math").floor(FloatOnly())),
    ("math.sqrt", lambda: __import__("math").sqrt(FloatOnly())),
    ("complex", lambda: complex(FloatOnly())),
    ("int + Idx", lambda: 1 + Idx(2)),
    ("'%d' % Idx", lambda: "%d" % Idx(3)),
    ("'%d' % IntOnly", lambda: "%d" % IntOnly()),
    ("'%x' % Idx", lambda: "%x" % Idx(31)),
    ("format", lambda: "{:d}".format(IntOnly())),
]
for name, f in tests:
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "7"
class BoolInt:
    def __int__(self):
        return True
class BadFloat:
    def __float__(self):
        return 1
for v in (BadInt(), BoolInt()):
    try:
        print(int(v))
    except TypeError as e:
        print("TypeError", e)
try:
    print(float(BadFloat()))
except TypeError as e:
    print("TypeError", e)
