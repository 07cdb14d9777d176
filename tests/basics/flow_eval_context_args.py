# eval/exec context arguments: None means the caller's, non-dicts are rejected before compiling
x = "module"
def f():
    x = "local"
    print(eval("x"), eval("x", None), eval("x", None, None), eval("x", {"x": "g"}, None), eval("x", None, {"x": "l"}))
f()
for a in [(1,), (None, 1), ({}, []), ("s",)]:
    try:
        exec("1 +", *a)
    except Exception as e:
        print(type(e).__name__, repr(e))

# exec writes into the dict given as globals; with both dicts, assignments go to locals
g = {"n": 1}
l = {}
exec("m = n + 1", g, l)
print("m" in g, l)
exec("m = n + 2", g)
print(g["m"])
exec("m = n + 3", g, None)
print(g["m"])
# functions defined inside exec with separate locals see the globals dict only
g = {"base": 10}
l = {}
exec("def add(v):\n    return base + v\nr = add(5)", g, l)
print(l["r"], "add" in l, "add" in g)
# eval with locals only (globals of the caller)
glob_val = "G"
print(eval("glob_val + loc", None, {"loc": "L"}))
# the dicts may be reused across calls
shared = {}
for i in range(3):
    exec("acc = acc + [%d] if 'acc' in dir() else [%d]" % (i, i), shared)
print(shared["acc"])
