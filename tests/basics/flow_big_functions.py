# large generated functions: long bodies with far jumps, many arguments, cells and nested blocks
def run(src, name="v"):
    g = {}
    exec(src, g)
    return g[name]

# a loop whose body is long enough that its backward jump is far
body = "".join("        t += %d\n" % (i % 7) for i in range(3000))
src = "def f(n):\n    t = 0\n    for i in range(n):\n" + body + "    return t\nv = f(3)"
print(run(src))

# if/else where each branch is long (forward jumps over big blocks)
branch = "".join("        r.append(%d)\n" % i for i in range(1500))
src = "def f(c):\n    r = []\n    if c:\n" + branch + "    else:\n" + branch.replace("append(", "append(-") + "    return sum(r)\nv = (f(1), f(0))"
print(run(src))

# many positional and keyword parameters
params = ", ".join("p%d" % i for i in range(60))
kwparams = ", ".join("k%d=%d" % (i, i) for i in range(60))
src = "def f(%s, *, %s):\n    return p0 + p59 + k0 + k59\n" % (params, kwparams)
src += "v = f(*range(60)), f(*range(60), k59=1000)"
print(run(src))

# many closed-over variables
names = ["c%d" % i for i in range(80)]
src = "def outer():\n" + "".join("    %s = %d\n" % (n, i) for i, n in enumerate(names))
src += "    def inner():\n        return " + " + ".join(names) + "\n    return inner()\nv = outer()"
print(run(src))

# deeply nested blocks of different kinds
depth = 20
lines = []
for d in range(depth):
    ind = "    " * (d + 1)
    kind = d % 4
    if kind == 0:
        lines.append(ind + "for i%d in range(2):" % d)
    elif kind == 1:
        lines.append(ind + "if True:")
    elif kind == 2:
        lines.append(ind + "try:")
    else:
        lines.append(ind + "while True:")
lines.append("    " * (depth + 1) + "count[0] += 1")
# close try blocks and while loops from the innermost outwards
for d in reversed(range(depth)):
    ind = "    " * (d + 1)
    kind = d % 4
    if kind == 2:
        lines.append(ind + "finally:")
        lines.append(ind + "    pass")
    elif kind == 3:
        lines.append(ind + "    break")
src = "count = [0]\ndef f():\n" + "\n".join(lines) + "\n    return count[0]\nv = f()"
print(run(src))

# a function with many constants and strings
src = "def f():\n    return [" + ", ".join("'s%d'" % i for i in range(400)) + ", " + ", ".join("%d.5" % i for i in range(100)) + "]\nv = f()"
r = run(src)
print(len(r), r[0], r[399], r[-1])

# a long chain of comparisons and boolean operators
src = "def f(x):\n    return " + " and ".join("x != %d" % i for i in range(300)) + "\nv = (f(300), f(150))"
print(run(src))
src = "v = 0 < " + " < ".join(str(i) for i in range(1, 200)) + " < 1000"
print(run(src))
