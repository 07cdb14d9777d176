# A huge group number in a re.sub template wraps like a C unsigned int, and the IndexError
# carries it as a small int.
import re

for tpl in ["<\\199999999999999999999999999999999999999>", "\\g<99999999999>", "\\2147483648",
            "\\1073741824", "\\g<1073741823>", "[\\4294967297]", "[\\g<4294967296>]"]:
    try:
        print(re.sub("(a)", tpl, "xay"))
    except IndexError as e:
        print(repr(e))
