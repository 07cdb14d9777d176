class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressing", t.__name__)
            return True
        return None
with Suppress(KeyError):
    {}["k"]
print("after 1")
with Suppress(KeyError, IndexError):
    [][0]
print("after 2")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
class RaiseInExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with RaiseInExit():
        raise ValueError("original")
except Exception as e:
    print(type(e).__name__, e)
try:
    with RaiseInExit():
        pass
except RuntimeError as e:
    print("clean body, exit raised", e)
