# exec and eval with explicit globals/locals dicts, closures and definitions inside them
g = {"a": 1}
exec("b = a + 1", g)
print(sorted(k for k in g if k != "__builtins__"), g["b"])

print(eval("a * 10", {"a": 4}), eval("a + b", {"a": 1}, {"b": 2}))
l = {}
exec("x = 5\ny = x * 2", {}, l)
print(sorted(l.items()))

# functions defined by exec see the globals dict they were defined in
g = {}
exec("def f():\n    return k * 2\nk = 21", g)
print(g["f"]())
g["k"] = 50
print(g["f"]())

# exec in a function does not create local variables of that function
def runner():
    exec("zz = 1")
    try:
        return zz
    except NameError as e:
        return "NameError " + str(e)
print(runner())

# eval of expressions of different kinds
for src in ["1 + 2", "[i * i for i in range(4)]", "(lambda q: q + 1)(4)", "'%s-%s' % ('a', 'b')",
            "{1: 2}.get(1)", "not None", "x if x else 'none'", "(yield)", "1; 2", "a = 1", ""]:
    try:
        print(repr(src), "->", eval(src, {"x": 0}))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e)
    except Exception as e:
        print(repr(src), type(e).__name__, e)

# exec returns None and accepts code objects
code = compile("q = 7\nprint('in exec', q)", "<c>", "exec")
print(exec(code, {}))
code = compile("3 * 3", "<c>", "eval")
print(eval(code))

# globals() and locals() at module level are the same dict
print(globals() is locals())
def fl():
    v = 1
    return sorted(locals().keys()) if False else "locals ok"
print(fl())

# builtins are found through an empty globals dict
print(eval("len('abc') + abs(-2)", {}))
# exec with non-dict globals
for bad in [1, [], "s"]:
    try:
        exec("pass", bad)
        print("accepted", type(bad).__name__)
    except TypeError as e:
        print("TypeError", type(bad).__name__, e)
