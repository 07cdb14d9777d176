parts = []
for i in range(5):
    parts.append(str(i) * i)
print("".join(parts), "|".join(parts), len("".join(parts)))
s = ""
for c in "abc":
    s += c * 2
print(s)
print("a" "b" + "c", ("x" * 3) + ("y" * 0))
print(", ".join(map(str, range(5))), " ".join(sorted("dcba")))
print("-".join(("one", "two")), ":".join(iter(["it", "er"])))
print(str(1) + str(2.5) + str(None) + str([1]))
