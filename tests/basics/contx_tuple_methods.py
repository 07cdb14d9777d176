# tuple: index/count with ranges, comparison, hashing, concatenation, unpacking errors
t = (1, 2, 3, 2, 1, "a", None, 2.0)
print(t.count(2), t.count(1.0), t.count("a"), t.count(None), t.count(99))
print(t.index(2), t.index(2, 2), t.index(2, 4), t.index(1, -4), t.index(None, 0, 7))
for args in ((99,), (3, 3), (1, 1, 4)):
    try:
        print(t.index(*args))
    except ValueError as e:
        print(args, "ValueError", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, "a") == (1, "a"), (1,) == [1])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
print(t[1:4], t[-2:], t[100:], (1, 2) + (3,), (0,) * 3, tuple("ab"), tuple(range(3)), tuple([1]))
try:
    (1,) < ("a",)
except TypeError as e:
    print("TypeError", e)
try:
    t[20]
except IndexError as e:
    print("IndexError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
for src in ("a, b = (1, 2, 3)", "a, b, c = (1, 2)", "a, = ()", "a, *b = ()"):
    try:
        exec(src)
        print(src, "ok")
    except ValueError as e:
        print(src, "ValueError", e)
