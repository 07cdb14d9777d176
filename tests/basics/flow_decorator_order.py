# decorators: evaluation order, stacking, arguments, class decorators, returning non-functions
log = []
def deco(name):
    log.append("make " + name)
    def apply(f):
        log.append("apply " + name)
        def wrapper(*a, **k):
            log.append("call " + name)
            return f(*a, **k)
        return wrapper
    return apply

@deco("outer")
@deco("middle")
@deco("inner")
def target(x):
    log.append("target")
    return x * 2
print(log)
log.clear()
print(target(21), log)
log.clear()

# a decorator returning something that is not a function
def to_value(f):
    return f()
@to_value
def computed():
    return [1, 2, 3]
print(computed)

def as_str(f):
    return f.__name__.upper()
@as_str
def hello():
    pass
print(hello)

# class decorators
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class One:
    pass
@register
class Two:
    pass
print(registry, One.registered, Two.registered)

# decorators with state
def count_calls(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@count_calls
def sq(v):
    return v * v
try:
    print([sq(i) for i in range(4)], sq.calls)
except AttributeError as e:
    print("AttributeError", e)

# decorator expressions: a dotted name, and a dotted name called with arguments
tagged = []
class NS:
    @staticmethod
    def tag(f):
        tagged.append(f.__name__)
        return f
    @staticmethod
    def named(label):
        def apply(f):
            tagged.append(label + ":" + f.__name__)
            return f
        return apply
decos = [lambda f: f, NS.tag]
@NS.tag
def a():
    pass
@NS.named("lbl")
def b():
    pass
print(tagged)
# MicroPython takes only a dotted name, optionally called, as a decorator
for src in ["@decos[1]\ndef b():\n    pass", "@(lambda f: f)\ndef c():\n    pass",
            "@NS.tag\ndef d():\n    pass", "@NS.tag()\ndef e():\n    pass"]:
    try:
        exec(src, {"decos": decos, "NS": NS})
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e)
    except TypeError as e:
        print("TypeError", e)

# decorators on methods
class M:
    @deco("meth")
    def m(self, v):
        return v + 1
    @property
    @deco("prop")
    def p(self):
        return "prop value"
log.clear()
print(M().m(1), M().p, log)

# decorator raising an exception: the name is not bound
def failing(f):
    raise RuntimeError("decorator failed")
try:
    @failing
    def never():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
print("never" in globals())
