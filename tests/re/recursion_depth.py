# oracle: unix
# re1.5 recurses once per choice point; MicroPython's stack check turns a deep match into
# RuntimeError (the WebAssembly build has no such check, so this takes the unix port's
# output).
import re

def ok(p, n):
    try:
        m = re.match(p, "a" * n)
        return len(m.group(0)) if m else None
    except RuntimeError as e:
        return "RuntimeError: " + str(e)

# The exact limit depends on how much C stack the caller uses; stay clear of it.
for n in (10, 500, 900, 1100, 5000):
    print("a*", n, ok("a*", n))
for n in (900, 1100):
    print("a+", n, ok("a+", n))
for n in (280, 380):
    print("(a)*", n, ok("(a)*", n))
for n in (200, 300):
    print("(a|b)*", n, ok("(a|b)*", n))
# Lazy loops try the rest first and don't nest.
print(ok("a*?$", 3000))
# A search starts each position afresh.
print(re.search("ab", "a" * 3000 + "b") is not None)
