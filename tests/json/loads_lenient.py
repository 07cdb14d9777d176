# MicroPython's parser treats ',' and ':' as whitespace and does not pair bracket kinds
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.loads, "[1 2 3]")
t(json.loads, "[1,,,2,]")
t(json.loads, "[,]")
t(json.loads, '{"a" 1 "b" 2}')
t(json.loads, '{"a"::1,,"b":2,}')
t(json.loads, "[1:2]")
t(json.loads, "[1}")
t(json.loads, '{"a": [1}]')
t(json.loads, "[{]}")
t(json.loads, '{"a"}')
t(json.loads, '{"a": 1, "b"}')
t(json.loads, ",1")
t(json.loads, ":[]")
