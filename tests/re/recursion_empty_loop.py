# oracle: unix
# A loop whose body can match empty recurses without consuming until the stack check
# fires (the WebAssembly build overflows the JS stack instead).
import re

for p, s in (("(a*)*b", "c"), ("(a*)*", ""), ("(a|)+b", "x"), ("(|a)*", "a"),
             ("(a*)+", "b"), ("(a?)*", ""), ("(|a)+", "aa"), ("(a*)*b", "aab")):
    try:
        print(p, re.match(p, s))
    except RuntimeError as e:
        print(p, "RuntimeError:", e)
# Lazy forms succeed at once.
print(re.match("(a*)*?", "b"), re.match("(a*)+?", "b"))
