# oracle: unix (the WebAssembly build runs out of pystack on the 5000-item list)
# big literal programs built as source text and compiled: long lists, dicts, strings, nesting
def run(src):
    g = {}
    exec(src, g)
    return g["v"]

for n in [0, 1, 100, 1000, 5000]:
    v = run("v = [" + ", ".join(str(i) for i in range(n)) + "]")
    print("list", n, len(v), sum(v))
for n in [0, 1, 300, 3000]:
    v = run("v = {" + ", ".join("%d: '%d'" % (i, i * i) for i in range(n)) + "}")
    print("dict", n, len(v), v.get(n - 1))
for n in [1, 200, 2000]:
    v = run("v = (" + ", ".join("'s%d'" % i for i in range(n)) + ",)")
    print("tuple", n, len(v), v[-1])
for n in [10, 500]:
    v = run("v = {" + ", ".join(str(i % 37) for i in range(n)) + "}")
    print("set", n, len(v))

# deep nesting of brackets and parentheses
for depth in [1, 10, 50]:
    v = run("v = " + "[" * depth + "1" + "]" * depth)
    d = 0
    while isinstance(v, list):
        v = v[0]
        d += 1
    print("nest", depth, d)
v = run("v = " + "(" * 40 + "7" + ")" * 40)
print("parens", v)

# long string literals and long concatenations
v = run("v = '" + "x" * 10000 + "'")
print(len(v))
v = run("v = " + " + ".join("'%d'" % (i % 10) for i in range(500)))
print(len(v), v[:20])
v = run("v = " + " + ".join(str(i) for i in range(1000)))
print(v)

# many statements and many local variables in a function
body = "\n".join("    a%d = %d" % (i, i) for i in range(300))
src = "def f():\n" + body + "\n    return " + " + ".join("a%d" % i for i in range(300)) + "\nv = f()"
print(run(src))

# a long if/elif chain
src = "def f(x):\n" + "".join("    %sif x == %d:\n        return %d\n" % ("el" if i else "", i, i * 3) for i in range(200))
src += "    return -1\nv = [f(0), f(199), f(200), f(57)]"
print(run(src))

# huge integer literals
v = run("v = " + "9" * 300)
print(len(str(v)), v % 1000007)
v = run("v = 0x" + "f" * 100)
print(v.bit_length() if hasattr(v, "bit_length") else len(bin(v)) - 2)
