// Whole programs on classes, super, descriptors and the VM-facing builtins; expected output
// recorded from MicroPython 1.27 (scripts/helpers/probe.ts).
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { runSource } from "../../mod.ts";

async function run(source: string): Promise<string> {
  let out = "";
  await runSource(source, { stdout: (s) => (out += s), stderr: (s) => (out += s) });
  return out;
}

const cases: [string, string, string][] = [
  [
    "classmethods and properties through super()",
    `class A:
    @classmethod
    def make(cls):
        return cls.__name__
    @property
    def p(self):
        return 1
class B(A):
    @classmethod
    def make(cls):
        return "B+" + super().make()
    def h(self):
        return super().p
print(B.make(), B().make(), type(B().h()).__name__)
print(super(B, B).make(), super(B, B()).make())
`,
    `B+B B+B property
B B
`,
  ],
  [
    "zero-argument super() as a value, super() argument checks",
    `class A:
    def __init__(self, x):
        self.x = x
    def f(self):
        return "A.f"
class B(A):
    def __init__(self):
        init = super().__init__
        init(5)
        s = super()
        print(s.f(), getattr(super(), "f")(), self.x)
B()
sp = super
for args in [(), (B,), (1, 2), (B, 5), (type, B)]:
    try:
        sp(*args)
    except TypeError as e:
        print(repr(e))
print(super(A, B()).__class__)
try:
    super(B, B()).__dict__
except AttributeError as e:
    print(e)
`,
    `A.f A.f 5
TypeError('function takes 2 positional arguments but 0 were given',)
TypeError('function takes 2 positional arguments but 1 were given',)
TypeError('issubclass() arg 2 must be a class or a tuple of classes',)
TypeError()
TypeError()
A.f A.f 5
<class 'super'>
A.f A.f 5
'super' object has no attribute '__dict__'
`,
  ],
  [
    "bool is not an int subclass; native dunders; int subclasses delegate ops",
    `print(isinstance(True, int), issubclass(bool, int), bool.__bases__)
d = {"a": 1}
print(d.__getitem__("a"), {1}.__contains__(1))
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
m = MyDict(a=1)
m["z"] = 5
print(m["a"], m["z"], m)
class I(int):
    pass
print(divmod(I(7), 2), I(5) + 1, I(2) ** 3)
a = I(3)
a += 1
print(type(a).__name__, a)
`,
    `False False (<class 'object'>,)
1 True
10 60 {'a': 1, 'z': 6}
(3, 1) 6 8
int 4
`,
  ],
  [
    "dir(), class __dict__ layout, protected getattr, type subclasses",
    `x = 1
def f():
    y = 2
    return sorted(n for n in dir() if n != "__file__")
print(f())
class C:
    z = 3
    print(dir())
class D:

    zeta = 1
    alpha = 2
D.extra = 1
del D.zeta
print(list(D.__dict__.keys()))
class P:
    @property
    def ae(self):
        raise AttributeError("inner")
print(getattr(P(), "ae", "dflt"), hasattr(P(), "ae"))
class M(type):
    def hello(cls):
        return "hello " + cls.__name__
K = M("K", (), {"x": 1})
print(K, type(K), K.x, K.hello(), type(K()).__name__)
try:
    class F(K):
        pass
except TypeError as e:
    print(repr(e))
try:
    object.__new__(A, 1)
except Exception as e:
    print(repr(e))
`,
    `['__name__', 'f', 'x']
['__module__', 'z', '__qualname__']
['__qualname__', 'alpha', 'extra', '__module__']
<property> True
<class 'K'> <class 'M'> 1 hello K K
TypeError()
NameError("name 'A' isn't defined",)
`,
  ],
  [
    "implicit static __new__, unbound builtins, property errors, native bases, StopIteration values, __hash__ truncation",
    `class A:
    def __new__(cls):
        return super(cls, A).__new__(cls)
    def meth(self):
        return "meth"
a = A()
print(a.__new__(A).meth(), type(A.__dict__["__new__"]).__name__)
class C:
    f5 = int
    f6 = abs
c = C()
print(c.f5(5), c.f6(-6), C.f6(-7))
C.g = len
print(c.g("abc"))
class D:
    prop = property()
for op in ("get", "set", "del"):
    try:
        if op == "get":
            D().prop
        elif op == "set":
            D().prop = 1
        else:
            del D().prop
    except AttributeError as e:
        print(op, e)
for a in [(1, 2, 3, 4, 5)]:
    try:
        property(*a)
    except TypeError as e:
        print(e)
try:
    property(fget=len)
except TypeError as e:
    print(e)
from collections import namedtuple
class P(namedtuple("P", ["x", "y"])):
    def total(self):
        return self.x + self.y
p = P(1, 2)
print(p, p.x, p.total())
class MyS(StopIteration):
    pass
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise MyS(4)
try:
    next(It())
except StopIteration as e:
    print(type(e).__name__, e.args)
print(next(It(), "dflt"), list(It()))
def g():
    r = yield from It()
    print("r", r)
print(list(g()))
for v in [2**40, 2**30 + 5, -2**45 - 3, 12345]:
    class H:
        def __hash__(self):
            return v
    print(hash(H()))
`,
    `meth staticmethod
5 6 7
3
get unreadable attribute
set 'D' object has no attribute 'prop'
del 'D' object has no attribute 'prop'
extra positional arguments given
extra keyword arguments given
P(x=1, y=2) 1 3
MyS (4,)
dflt []
r 4
[]
0
-1073741819
-3
12345
`,
  ],
  [
    "object's methods are reached only as object.name or through super()",
    `class A: pass
for expr in ["A.__init__", "A().__init__", "int.__init__", "A.__new__", "A().__setattr__", "type.__new__", "object.__init__", "(5).__init__", "[].__new__", "A.__delattr__", "ValueError.__init__", "A.__class__", "int.__dict__"]:
    try:
        v = eval(expr)
        print(expr, "ok", type(v).__name__)
    except AttributeError as e:
        print(expr, "AE", e)
`,
    `A.__init__ AE type object 'A' has no attribute '__init__'
A().__init__ AE 'A' object has no attribute '__init__'
int.__init__ AE type object 'int' has no attribute '__init__'
A.__new__ AE type object 'A' has no attribute '__new__'
A().__setattr__ AE 'A' object has no attribute '__setattr__'
type.__new__ AE type object 'type' has no attribute '__new__'
object.__init__ ok function
(5).__init__ AE 'int' object has no attribute '__init__'
[].__new__ AE 'list' object has no attribute '__new__'
A.__delattr__ AE type object 'A' has no attribute '__delattr__'
ValueError.__init__ AE type object 'ValueError' has no attribute '__init__'
A.__class__ ok type
int.__dict__ ok dict
`,
  ],
  [
    "__build_class__: argument errors, metaclass from the first base, unacceptable bases",
    `class A:
    def f(self):
        return __class__
    def g(self):
        return super().__class__
print(A().f(), A().g())
def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)
t("bc noargs", lambda: __build_class__())
t("bc 1", lambda: __build_class__(lambda: None))
t("bc name", lambda: __build_class__(lambda: None, 1))
t("bc ok", lambda: __build_class__(lambda: None, "Z"))
t("cls int base", lambda: exec("class X(1): pass"))
t("cls 2 bases", lambda: exec("class X(int, str): pass"))
t("cls list dict", lambda: exec("class X(list, dict): pass"))
t("cls bool", lambda: exec("class X(bool): pass"))
t("cls func", lambda: exec("class X(type(len)): pass"))
t("cls dup", lambda: exec("class Y: pass\\nclass X(Y, Y): pass"))
t("globals type", lambda: type(globals()).__name__)
class B:
    q = 1
    print(sorted(locals()), 'q' in globals())
t("import", lambda: __import__("sys").__name__)
t("import bad", lambda: __import__("nosuchmod"))
`,
    `<class 'A'> <class 'super'>
bc noargs EXC TypeError function missing 2 required positional arguments
bc 1 EXC TypeError function missing 1 required positional arguments
bc name EXC TypeError can't convert 'int' object to str implicitly
bc ok <class 'Z'>
cls int base EXC TypeError function expected at most 2 arguments, got 3
cls 2 bases EXC TypeError multiple bases have instance lay-out conflict
cls list dict EXC TypeError multiple bases have instance lay-out conflict
cls bool None
cls func EXC TypeError type 'function' isn't an acceptable base type
cls dup None
globals type dict
['__module__', '__qualname__', 'q'] False
import sys
import bad EXC ImportError no module named 'nosuchmod'
`,
  ],
  [
    "in-place dunders: only __iadd__/__isub__; all reflected dunders",
    `ops = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]
names = ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "imatmul"]
for op, nm in zip(ops, names):
    ns = {}
    exec("class K:\\n    def __%s__(self, o): return 'in-place'\\nk = K()\\ntry:\\n    k %s 1\\n    r = k\\nexcept TypeError as e:\\n    r = 'TE ' + str(e)\\n" % (nm, op), ns)
    print(nm, ns["r"])
rnames = ["radd", "rsub", "rmul", "rtruediv", "rfloordiv", "rmod", "rpow", "rlshift", "rrshift", "rand", "ror", "rxor", "rmatmul"]
bops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
for op, nm in zip(bops, rnames):
    ns = {}
    exec("class K:\\n    def __%s__(self, o): return 'rev'\\ntry:\\n    r = 1 %s K()\\nexcept TypeError as e:\\n    r = 'TE ' + str(e)\\n" % (nm, op), ns)
    print(nm, ns["r"])
`,
    `iadd in-place
isub in-place
imul TE unsupported types for __mul__: 'K', 'int'
itruediv TE unsupported types for __truediv__: 'K', 'int'
ifloordiv TE unsupported types for __floordiv__: 'K', 'int'
imod TE unsupported types for __mod__: 'K', 'int'
ipow TE unsupported types for __pow__: 'K', 'int'
ilshift TE unsupported types for __lshift__: 'K', 'int'
irshift TE unsupported types for __rshift__: 'K', 'int'
iand TE unsupported types for __and__: 'K', 'int'
ior TE unsupported types for __or__: 'K', 'int'
ixor TE unsupported types for __xor__: 'K', 'int'
imatmul TE unsupported types for __matmul__: 'K', 'int'
radd rev
rsub rev
rmul rev
rtruediv rev
rfloordiv rev
rmod rev
rpow rev
rlshift rev
rrshift rev
rand rev
ror rev
rxor rev
rmatmul rev
`,
  ],
];

for (const [title, source, expected] of cases) {
  Deno.test(title, async () => {
    assertEquals(await run(source), expected);
  });
}
