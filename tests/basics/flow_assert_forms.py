# assert statements: messages of any type, evaluation, assert inside functions and loops
def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
        print("passed", repr(cond))
    except AssertionError as e:
        print("AssertionError", e.args)

check(1)
check(0)
check([], "empty list")
check("", 42)
check(None, None)
check(False, (1, 2))
check(True, "unused")
check(0, [])
check(0, {"k": 1})

# the message is evaluated only when the assertion fails
calls = []
def msg(v):
    calls.append(v)
    return "msg %d" % v
for i in range(3):
    try:
        assert i != 1, msg(i)
    except AssertionError as e:
        print("failed with", e)
print(calls)

# assertion error type and str
try:
    assert 1 > 2, "math"
except Exception as e:
    print(type(e).__name__, str(e), repr(e), isinstance(e, AssertionError))

# assert with a parenthesised tuple is always true
assert (0, "not a message")
print("tuple assert passes")

# assert in comprehension filter via helper
def positive(x):
    assert x > 0, "non-positive: %r" % x
    return x
try:
    print([positive(v) for v in (1, 2, 0, 3)])
except AssertionError as e:
    print("AssertionError", e)

# AssertionError raised directly and caught by a base class
try:
    raise AssertionError("manual")
except Exception as e:
    print("caught", e)

# assert exceptions propagate through finally
def f():
    try:
        assert False, "inside"
    finally:
        print("finally")
try:
    f()
except AssertionError as e:
    print("propagated", e)

# long chain of asserts in a loop
ok = 0
for n in range(50):
    assert n * n >= n
    ok += 1
print("ok", ok)
