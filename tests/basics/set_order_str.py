print({"apple", "banana", "cherry"})
print({"a", "b", "c", "d", "e"})
print(set("hello world"))
d = {"x": 1}
print({k for k in ("one", "two", "three", "four")})
print(frozenset({"q", "r"}))
