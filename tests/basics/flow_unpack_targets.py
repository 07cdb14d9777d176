# unpacking assignments: starred targets in every position, nesting, errors
for src in [[1, 2], [1, 2, 3], [1, 2, 3, 4, 5], range(6), "abc", b"xyz", (i for i in range(4))]:
    a, *b, c = src
    print(a, b, c)
for src in [[], [1], [1, 2, 3]]:
    *a, = src
    print(a)
    *a, b = src if src else [0]
    print(a, b)
    a, *b = src if src else [0]
    print(a, b)

(a, b), *c, [d, *e] = [(1, 2), 3, 4, [5, 6, 7]]
print(a, b, c, d, e)
[a, [b, [c, *d]]] = [1, [2, [3]]]
print(a, b, c, d)

for (x, *y), z in [((1, 2, 3), 4), ("ab", "c")]:
    print(x, y, z)

# errors
cases = [
    "a, b = [1]",
    "a, b = [1, 2, 3]",
    "a, *b, c = [1]",
    "a, b = 5",
    "a, = []",
    "(a, b), c = [1, 2]",
    "a, *b = None",
]
for src in cases:
    try:
        exec(src)
        print(src, "ok")
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__, e)

# compile errors
for src in ["*a = [1]", "a, *b, *c = [1, 2]", "*a, *b = 1, 2", "a, *b = *c"]:
    try:
        exec(src)
        print(src, "compiled")
    except SyntaxError as e:
        print(src, "-> SyntaxError", e)

# unpacking into attributes and subscripts
class O:
    pass
o = O()
d = {}
lst = [0, 0, 0]
o.x, d["k"], lst[1], *lst[2:] = "wxyz"
print(o.x, d, lst)

# swap and rotate
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
# unpack dict (keys) and set of one
k1, k2 = {"one": 1, "two": 2}
(s,) = {42}
print(sorted([k1, k2]), s)
