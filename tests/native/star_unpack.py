# oracle: unix, strip-native
import micropython


@micropython.native
def head_tail(seq):
    first, *rest = seq
    return first, rest


@micropython.native
def ends(seq):
    a, *mid, z = seq
    return a, mid, z


@micropython.native
def build(*parts):
    return [*parts, *range(2)], (*parts,)


@micropython.native
def merge(a, b):
    return {**a, **b}


print(head_tail([1, 2, 3]), head_tail("x"))
print(ends(range(5)), ends((7, 8)))
print(build(9, 8))
print(sorted(merge({"a": 1, "b": 2}, {"b": 3, "c": 4}).items()))
try:
    ends([1])
except ValueError as e:
    print("ValueError", e)
