# bytes that are not UTF-8: UnicodeError inside a string, syntax error outside
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.loads, b'"\xff"')
t(json.loads, b'"a\xc3"')
t(json.loads, b'"\xc3\xa9"')
t(json.loads, b'["\x80"]')
t(json.loads, b"\xff")
t(json.loads, b"[1, \xfe]")
t(json.loads, b'"\\\xc3\xa9"')
