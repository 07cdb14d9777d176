# Malformed patterns raise ValueError; MicroPython's size pass reports most as
# "regex too complex" and an unmatched ")" as "error in regex".
import re
from _t import t

for pat in ("(", "(a", "((a)", ")", "a)", "a)b", "(a))", "*", "+", "?", "a**", "a*+",
            "a?*", "a???", "^*", "$+", "a|*", "(*)", "[a", "[", "[^", "[\\", "\\",
            "a\\", "(?=x)", "*?", "(|*)", "a++", "a+*", "a+?+"):
    try:
        re.compile(pat)
        print(repr(pat), "ok")
    except ValueError as e:
        print(repr(pat), e)
