print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'s'.upper()"))
x = 10
print(eval("x + 1"), eval("y * 2", {"y": 4}), eval("x", {"x": "g"}, {"x": "l"}))
g = {}
exec("a = 5\nb = a * 2", g)
print(g["a"], g["b"])
exec("def f(n):\n    return n * n\nprint('f(4) =', f(4))")
ns = {"v": 1}
exec("v += 41", ns)
print(ns["v"])
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
code = compile("3 * 7", "<str>", "eval")
print(eval(code))
exec(compile("print('compiled exec')", "<s>", "exec"))
