class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (a, b):
    print(a, b)
class Obj:
    pass
o = Obj()
with Pair() as o.attr:
    pass
print(o.attr)
d = {}
with Pair() as d["k"]:
    pass
print(d)
