# the traceback's last line ignores a user __str__ but uses a user __repr__ (print_exception too)
class Problem(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return "problem code %d" % self.code
try:
    raise Problem(3)
except Problem as e:
    print("caught:", e, repr(e), e.args)
import sys
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr-repr"
class Plain(Exception):
    pass
class OSSub(OSError):
    def __str__(self):
        return "never in tracebacks"
for e in (Problem(1), WithRepr(2, 3), Plain(), Plain("x"), Plain(1, "two"), OSSub(2, "nofile"), Problem(7)):
    sys.print_exception(e)
    print("str:", str(e))
def deep(n):
    if n == 0:
        raise Problem(42)
    deep(n - 1)
deep(2)
