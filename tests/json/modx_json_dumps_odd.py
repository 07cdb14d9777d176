# json.dumps of odd values: nested empties, floats at the edges, non-str keys, tuples in keys,
# bools as keys, special floats, big ints, deep nesting, str subclasses
import json
def t(v, **kw):
    try:
        print(json.dumps(v, **kw))
    except Exception as e:
        print(type(e).__name__, e)
t([[], {}, [[]], [{}], {"a": []}, {"b": {}}])
t([0.1, 1e16, 1e-7, 123456789.123, -0.0, 1e22, 2.5e-300, 1 / 3])
t([float("inf"), float("-inf")])
t(float("nan"))
t({1: 2, 2.5: 3, True: 4, None: 5})
t({(1, 2): 3})
t({"k": (1, (2, 3))})
t([2**64, -2**100, 0, -1, True, False, None])
t("a" * 3 + "\x00\x1f\x7f\u0080\uffff")
t([["deep"]] * 2)
x = []
for _ in range(30):
    x = [x]
t(x)
t(b"bytes")
t(bytearray(b"x"))
t({1, 2})
t(range(3))
t(1j)
class S(str):
    pass
t(S("sub"))
t({S("k"): 1})
t(object())
t([1, [2, [3, {"x": [4, {"y": None}]}]]])
