# user exceptions: extra attributes, custom __init__/__str__, args handling
class AppError(Exception):
    def __init__(self, code, msg="failed"):
        super().__init__(msg)
        self.code = code
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
class WithStr(Exception):
    def __str__(self):
        return "custom str %r" % (self.args,)
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"
class Plain(Exception):
    pass
try:
    raise AppError(404, "not found")
except AppError as e:
    print(e.code, e.args, str(e), repr(e), isinstance(e, Exception))
try:
    raise AppError(500)
except Exception as e:
    print(type(e).__name__, e.code, e)
n = NoSuper(1, 2)
print(n.a, n.b, n.args, str(n), repr(n))
w = WithStr(1, "two")
print(str(w), repr(w), w.args)
r = WithRepr("v")
print(str(r), repr(r), [r])
p = Plain("a", 1)
print(p, repr(p), p.args)
p.extra = [1]
p.extra.append(2)
print(p.extra, hasattr(Plain(), "extra"))
class Chain(AppError):
    def __init__(self, *args):
        super().__init__(*args)
        self.chained = True
c = Chain(1, "m")
print(c.code, c.chained, c.args, isinstance(c, AppError))
try:
    AppError()
except TypeError as e:
    print("TypeError", e)
class ClassAttr(Exception):
    level = "warn"
    def describe(self):
        return "%s: %s" % (self.level, self)
x = ClassAttr("disk")
print(x.describe())
x.level = "error"
print(x.describe(), ClassAttr.level)
class InitNoArgs(Exception):
    def __init__(self):
        super().__init__("fixed message")
try:
    raise InitNoArgs
except InitNoArgs as e:
    print(e, e.args)
import sys
class Uncaught(Exception):
    def __init__(self, v):
        super().__init__("uncaught", v)
        self.v = v
raise Uncaught(7)
