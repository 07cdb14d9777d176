gv = 1
print("gv" in globals(), globals()["gv"], globals()["__name__"])
globals()["made"] = "via globals"
print(made)
def f(a, b=2):
    c = 3
    loc = locals()
    return [(k, loc[k]) for k in ("a", "b", "c") if k in loc]
print(f(1))
print(type(globals()).__name__)
