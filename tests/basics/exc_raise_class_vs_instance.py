for thing in (ValueError, ValueError("inst"), KeyError, StopIteration):
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError", e)
