# str/bytes repetition sizes, zero/negative counts and MemoryError on huge results
for s in ["", "a", "ab", "\u00e9", b"", b"xy"]:
    for n in [-3, -1, 0, 1, 2, 5, True, False]:
        print(repr(s), n, repr(s * n), repr(n * s), len(s * n))
for s in ["ab", b"ab", [1], (1,)]:
    for n in [2**29, 2**40, 2**80, 1.5, "2", None]:
        try:
            print(len(s * n))
        except Exception as e:
            print(type(s).__name__, type(e).__name__, e)
x = "ab"
x *= 3
print(x)
y = b"q"
y *= 4
print(y)
