print("abc" == "abc", "abc" is not None, "a" + "b" == "ab", "A" < "a", "Z" < "a")
print("" < "a", "aa" > "a", "b" > "abc", "é" > "z", "10" < "9")
print(sorted(["b", "A", "a", "B", "_", "1"]))
d = {"key": 1}
k = "ke" + "y"
print(d[k], k in d, hash("ab") == hash("a" + "b"))
print(max(["apple", "Banana", "cherry"]), min("zebra", "apple"))
