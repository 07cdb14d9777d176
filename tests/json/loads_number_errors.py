# malformed numbers raise the number parser's errors
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ("-", "--1", "1-2", "1+2", "1e", "0e", "1.2.3", "1e5.5", "1e-+5", "1.5-", "[1e]",
          "-[1]", "12abc", ".5", "+1", "1__0"):
    t(json.loads, s)
