# assignment expressions in conditions, loops, comprehensions, calls and nesting
data = [3, 0, 7, 12, 5]
if (n := len(data)) > 3:
    print("long", n)

it = iter(data)
out = []
while (v := next(it, None)) is not None:
    out.append(v * 2)
print(out, v)

print([y for x in data if (y := x * x) > 10], y)
print([(x, last := x) for x in "ab"], last)
print({k: (w := k * 2) for k in range(3)}, w)

def f():
    total = 0
    vals = [total := total + i for i in range(5)]
    return vals, total
print(f())

print((a := 1) + (b := 2), a, b)
print(max(c := [4, 9, 2]), c)
print((p := (q := 5) + 1), p, q)

# walrus in a lambda body binds in the lambda
g = lambda z: (t := z + 1) * t
print(g(3))

# chained with boolean operators
def check(s):
    return (m := len(s)) > 2 and (first := s[0]) == "a" and (m, first)
print(check("abc"), check("ab"), check("xbc"))

# inside a generator
def gen():
    i = 0
    while (i := i + 1) < 4:
        yield i
print(list(gen()))

# walrus rebinding a loop variable is a syntax error in a comprehension
for src in ["[i := 0 for i in range(3)]", "[x for x in (y := [1, 2])]", "(a := 1) = 2",
            "def h():\n    [j for j in range(2) if (j := 1)]", "x := 5", "print(a := 1)"]:
    try:
        exec(src)
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e)

# walrus at class level and in a nested function
class K:
    attr = (size := 10) * 2
print(K.attr, K.size)
def outer():
    def inner():
        return [hold := i for i in range(3)]
    r = inner()
    return r
print(outer())
