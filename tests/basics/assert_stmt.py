assert True
assert 1 == 1, "never"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "message %d" % 7
except AssertionError as e:
    print("AssertionError", e, e.args)
def check(v):
    assert isinstance(v, int), v
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("got", e)
