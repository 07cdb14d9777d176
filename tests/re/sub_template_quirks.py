# Backslashes in MicroPython's templates: \\ is a backslash, a backslash before any
# other character (or at the end) is dropped, \g<name> loses only "\g<".
import re
from _t import t

t(re.sub, "b", r"\\", "abc")
t(re.sub, "b", r"x\ny", "abc")
t(re.sub, "b", "x\ny", "abc")
t(re.sub, "b", "\\", "abc")
t(re.sub, "b", r"\q", "abc")
t(re.sub, "(b)", r"\g<name>", "abc")
t(re.sub, "(b)", r"\g1", "abc")
t(re.sub, "(b)", r"\g", "abc")
t(re.sub, "(b)", r"\\1", "abc")
t(re.sub, "(b)", r"\\\1", "abc")
t(re.sub, "b", "x\x00y", "abc")
