# messages of int() on bad text and bad types
for s in ("abc", "1.5", "1e3", "12a", "0x", "٣", "1 2", "--1", "+-1", "1+", "infinity", "nan", "0b2", "0o8", "0xg"):
    try:
        print(int(s))
    except ValueError as e:
        print(repr(s), e)
for s, b in (("12", 2), ("9", 8), ("g", 16), ("0x10", 10), ("0b1", 16), ("0o1", 2)):
    try:
        print(int(s, b))
    except ValueError as e:
        print(repr(s), b, e)
for v in (None, [1], (1,), {}, 1j, object):
    try:
        print(int(v))
    except TypeError as e:
        print(type(v).__name__, "TypeError", e)
for v, b in ((12, 10), (1.5, 10), (None, 10)):
    try:
        print(int(v, b))
    except TypeError as e:
        print("TypeError", e)
try:
    int("1", "2")
except TypeError as e:
    print("TypeError", e)
try:
    int("1", 10, 3)
except TypeError as e:
    print("TypeError", e)
