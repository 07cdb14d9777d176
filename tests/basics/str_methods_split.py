print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(" ", 1))
print("".split(), "".split(","), "abc".split("abc"))
print("line1\nline2\r\nline3".splitlines() if hasattr("", "splitlines") else "-")
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
print(",".join(["x", "y", "z"]), "".join([]), "-".join("abc"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
