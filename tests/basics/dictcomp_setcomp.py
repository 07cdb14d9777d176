print({k: v for k, v in zip("abc", [1, 2, 3])})
print({x: x ** 2 for x in range(6) if x % 2})
print(sorted({c for c in "mississippi"}))
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
d = {"x": 1, "y": 2}
print({v: k for k, v in d.items()})
print({i % 4 for i in range(100)})
