# `except` with something other than an exception class fails when it is tried (the binary op
# EXCEPTION_MATCH), a tuple's items checked in turn up to the first match.
def attempt(spec):
    try:
        try:
            raise ValueError("v")
        except spec:
            return "caught"
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class NotExc:
    pass


for spec in (1, (ValueError, 1), (1, ValueError), (KeyError, 1), None, int, object, NotExc,
             "ValueError", (ValueError,), (), Exception, (KeyError, (ValueError,))):
    print(repr(spec), attempt(spec))
try:
    try:
        raise KeyError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
