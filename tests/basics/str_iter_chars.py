s = "h€l😀"
for c in s:
    print(repr(c), ord(c), len(c.encode()))
print(list(reversed(s)), sorted(s))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(s.index("😀"), s[3], s[-1] == "😀")
