# dict.fromkeys: through the class, an instance and a subclass; argument counting
print({}.fromkeys("ab", 0), dict.fromkeys([], 1), {1: 2}.fromkeys([3]))
for args in ((), (1, 2, 3), ([1], 2, 3)):
    try:
        print(dict.fromkeys(*args))
    except TypeError as e:
        print(args, "TypeError", e)
try:
    {}.fromkeys()
except TypeError as e:
    print("TypeError", e)
print(type(dict.fromkeys("a")).__name__, dict.fromkeys(range(3), []))
class D(dict):
    pass
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab"))
print(dict.fromkeys("abca"), dict.fromkeys((1, 1.0, True), "x"), dict.fromkeys(x * 2 for x in range(3)), dict.fromkeys({"k": 1}))
try:
    dict.fromkeys(5)
except TypeError as e:
    print("TypeError", e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print("TypeError", e)
