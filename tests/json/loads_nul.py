# a NUL char reads as the end of the input
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.loads, "1\x00garbage")
t(json.loads, "[1]\x00[")
t(json.loads, "[1\x002]")
t(json.loads, '"a\x00b"')
t(json.loads, '"\\\x00a"')
t(json.loads, "\x00")
t(json.loads, b"true\x00x")
