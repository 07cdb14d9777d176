# every binary operator: forward, reflected, NotImplemented chain and error text
import sys
OPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
NAMES = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
def make(kind):
    ns = {}
    for n in NAMES:
        if kind in ("fwd", "both"):
            ns["__%s__" % n] = (lambda n: lambda self, o: "%s(%s)" % (n, o))(n)
        if kind in ("rev", "both"):
            ns["__r%s__" % n] = (lambda n: lambda self, o: "r%s(%s)" % (n, o))(n)
    ns["__repr__"] = lambda self: "<%s>" % type(self).__name__
    return type(kind[0].upper() + kind[1:], (), ns)
Fwd, Rev, Both = make("Fwd".lower()), make("rev"), make("both")
class Plain:
    pass
for op in OPS:
    row = []
    for expr in ("Fwd() %s 1", "1 %s Fwd()", "Rev() %s 1", "1 %s Rev()", "Both() %s 2", "2 %s Both()",
                 "Fwd() %s Rev()", "Rev() %s Fwd()", "Plain() %s 1", "1 %s Plain()"):
        try:
            row.append(str(eval(expr % op)))
        except TypeError as e:
            row.append("TE:" + str(e))
    print(op, row)
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
for expr in ("NI() + 1", "1 + NI()", "NI() + NI()"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "TypeError", e)
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.radd"
print(Left() + Right())
print([1] + Both() if False else "skip", "x" * 1)
print(divmod(7, 2))
class DM:
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
for f in (lambda: divmod(DM(), 3), lambda: divmod(3, DM())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
