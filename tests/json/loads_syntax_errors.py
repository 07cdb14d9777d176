# everything outside the grammar is "syntax error in JSON"
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ("nul", "nulll", "tru", "truex", "fals", "False", "None", "[nul]", "'a'", "x",
          "[1] x", '"a" "b"', "1 2", "{[1]: 2}", '{"a": {"b"}: 1}', "]", "}", "[]]",
          "[1]]", "@", "[1,@]", "1)", "(1)", "{[]}"):
    t(json.loads, s)
