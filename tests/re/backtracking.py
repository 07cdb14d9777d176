# Backtracking finds the first match in the pattern's own order of choices.
import re
from _t import t

t(re.match, "(a+)(a+)", "aaaa")
t(re.match, "(a*)(a)", "aaaa")
t(re.match, "(a|ab)(bc|c)", "abc")
t(re.match, "(ab|a)(bc|c)", "abc")
t(re.match, "(.*)(\\d+)", "abc123")
t(re.match, "(.*?)(\\d+)", "abc123")
t(re.match, "(x+x+)+y", "xxxxy")
t(re.search, "(\\w+)\\s+\\1", "hello hello")
t(re.match, "a.*b.*c", "axxbyyczzc")
t(re.match, "([ab]*)(b)(a?)", "abba")
