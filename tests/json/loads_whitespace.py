# space, tab, CR, LF between tokens; after the value any isspace char
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.loads, " \t\n\r[ 1 ,\n\t2 ]\r\n ")
t(json.loads, '\n{\n  "a" :\n  1\n}\n')
t(json.loads, "1 \x0b\x0c")
t(json.loads, "[1] \x0c")
t(json.loads, "\x0c1")
t(json.loads, "\x0b[]")
t(json.loads, "[1,\x0c2]")
t(json.loads, "")
t(json.loads, "   ")
t(json.loads, "\n")
