# namedtuple's field string is split on whitespace only ("foo,bar" is one field in 1.27), the
# argument count (keywords included) is checked before the keywords, and there is no _fields.
from collections import namedtuple

T2 = namedtuple("TupComma", "foo,bar")
t = T2(1)
print(t, t[0])
try:
    T2(1, 2)
except TypeError as e:
    print(e)
T3 = namedtuple("T3", " a\tb\n c ")
print(T3(1, 2, 3), T3(c=3, a=1, b=2))
T = namedtuple("T", "a b")
cases = (
    ((1, 2, 3), {}),
    ((1,), {"a": 2}),
    ((1, 2), {"b": 3}),
    ((), {"a": 1}),
    ((1,), {"c": 1}),
    ((), {"a": 1, "b": 2, "c": 3}),
    ((), {}),
)
for args, kw in cases:
    try:
        print(T(*args, **kw))
    except TypeError as e:
        print(e)
print(hasattr(T, "_fields"), hasattr(T(1, 2), "_fields"))
L = namedtuple("L", ["x", "y"])
print(L(1, y=2))
