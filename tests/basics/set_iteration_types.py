mixed = {1, "one", (1, 2), None, 2.5, True}
print(len(mixed))
print(sorted(str(x) for x in mixed))
s = {3, 1, 2}
total = 0
for v in s:
    total += v
print(total)
print(list(sorted(s)), tuple(sorted(s)), min(s), max(s), sum(s))
try:
    s[0]
except TypeError as e:
    print("TypeError", e)
