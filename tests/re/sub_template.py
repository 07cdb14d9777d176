# Group references in the replacement: \N and \g<N>.
import re
from _t import t

t(re.sub, "(a)(n)", r"\2\1", "banana")
t(re.sub, "(a)(n)", r"\g<2>\g<1>", "banana")
t(re.sub, "(\\w+)@(\\w+)", r"\2 at \1", "joe@home")
t(re.sub, "(b)", r"[\0]", "abc")
t(re.sub, "(b)", r"\g<0>\g<0>", "abc")
t(re.sub, "(b)(x)?", r"<\2>", "abc")
t(re.sub, "(b)", r"\10", "abc")
t(re.sub, "(b)", r"\1\1\1", "abc")
t(re.sub, "(b)", r"\g<1", "abc")
t(re.sub, "(b)", r"\g<1>>", "abc")
t(re.sub, "(b)", r"\g<01>", "abc")
t(re.sub, "()b", r"\1-", "abc")
