# subclassing str: methods return plain str, comparisons, hashing, formatting
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hello")
print(s, repr(s), s.shout(), len(s), s[1], s[1:3], type(s[1:3]).__name__, type(s.upper()).__name__)
print(s == "hello", "hello" == s, s < "z", hash(s) == hash("hello"), {s: 1}["hello"], {"hello": 2, 0: 0}[s])
for e in ('s + "!"', 'type(s + "!").__name__', '"<" + s', "s * 2", "2 * s", "s + s", '"%s-%r" % (s, s)', '"{}|{!r}".format(s, s)', 'f"{s:>8}"', 'b"x" + s', 'int(S("42"))', 'bytes(S("ab"))'):
    try:
        print(e, repr(eval(e)))
    except TypeError as ex:
        print(e, "TypeError", ex)
print(s.split("l"), s.replace("l", "L"), s.startswith("he"), "ell" in s, s.find("l"), list(s))
try:
    print("-".join([S("a"), S("b")]))
except TypeError as e:
    print("TypeError", e)
print(S("a,b").split(","), str(s), type(str(s)).__name__)
print(isinstance(s, str), S(), S(5), S(b"ab", "utf-8"), S([1]))
class Tagged(str):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
try:
    t = Tagged("x", "T")
    print(t, t.tag)
except TypeError as e:
    print("TypeError", e)
class Lower(str):
    def __eq__(self, o):
        return self.lower() == o.lower() if isinstance(o, str) else False
    def __hash__(self):
        return hash(self.lower())
l = Lower("ABC")
print(l == "abc", "abc" == l, l != "abc", l in ["abc"], l in {"abc": 1})
class R(str):
    def __repr__(self):
        return "R<%s>" % self
print(repr(R("q")), [R("q")], str(R("q")))
for f in (lambda: sorted([S("b"), "a", S("c")]), lambda: sorted([S("b"), S("a")]), lambda: max(S("x"), "y"), lambda: int(S("42")), lambda: float(S("1.5"))):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
for bad in ("int(S('x'))", "S('a') + 1", "S('a')[9]"):
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
