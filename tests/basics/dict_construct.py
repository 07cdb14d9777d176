print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"x": 1}, y=2))
print(dict.fromkeys([1, 2, 3]), dict.fromkeys("ab", 0))
print({i: i * i for i in range(5)})
print(dict(zip("abc", range(3))))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
d2 = {(1, 2): "t", "s": "str", None: "none", 2 ** 70: "big"}
print(d2[(1, 2)], d2[None], d2[2 ** 70])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
c = d2.copy()
c.clear()
print(c, len(d2))
