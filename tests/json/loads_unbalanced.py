# the input must close every container it opens, and nothing more
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ("[", "{", "[1, [2", '{"a": 1', "[[]", "[[[]]", "[{}", "[]]", "]]", "[[]]]",
          "[[]]", "[{]", '{"a": []}}', "[1] ]"):
    t(json.loads, s)
