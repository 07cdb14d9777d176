e = KeyError("k")
try:
    e.extra = "data"
    print(e.extra)
except AttributeError:
    print("no attrs on builtin exc")
class Rich(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
r = Rich("oops", 7)
print(r.args, r.code, str(r))
print(type(r).__mro__ if hasattr(type(r), "__mro__") else "no mro")
try:
    raise Rich("x", 1)
except Exception as ex:
    print(isinstance(ex, Rich), ex.code)
