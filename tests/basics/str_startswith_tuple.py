files = ["a.py", "b.txt", "c.PY", "d.mpy", "readme"]
print([f for f in files if f.endswith((".py", ".mpy"))])
print([f for f in files if f.startswith(("a", "r"))])
print("hello".startswith("ell", 1), "hello".startswith("ell", 2), "hello".endswith("ll", 0, 4))
print("".startswith(""), "abc".endswith(""), "abc".startswith("abcd"))
try:
    "abc".startswith(1)
except TypeError as e:
    print("TypeError")
