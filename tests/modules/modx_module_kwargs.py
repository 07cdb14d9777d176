# modules' functions called with keyword arguments and wrong argument counts: which accept
# keywords and the TypeError each gives
import json, struct, heapq, random, re, math, cmath, collections, io
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("loads kw", lambda: json.loads("1", object_hook=None))
t("dumps indent", lambda: json.dumps([1], indent=None))
t("dumps 2 pos", lambda: json.dumps([1], None))
t("dump 3 pos", lambda: json.dump([1], io.StringIO(), None))
t("loads 0 args", lambda: json.loads())
t("struct kw", lambda: struct.pack(fmt="<h"))
t("heappush 3", lambda: heapq.heappush([], 1, 2))
t("random.seed kw", lambda: random.seed(a=1))
t("randint kw", lambda: random.randint(a=1, b=2))
t("re.compile kw", lambda: re.compile(pattern="a"))
t("math.log kw", lambda: math.log(1, base=2))
t("math.isclose 3pos", lambda: math.isclose(1, 1, 0.1))
t("cmath.rect kw", lambda: cmath.rect(r=1, phi=0))
t("deque kw maxlen", lambda: collections.deque((), maxlen=2))
t("namedtuple kw", lambda: collections.namedtuple("A", "x", rename=True))
t("od kw", lambda: collections.OrderedDict(a=1))
t("StringIO kw", lambda: io.StringIO(initial_value="x").getvalue())
t("BytesIO 2 args", lambda: io.BytesIO(b"a", 2).getvalue())
t("StringIO newline", lambda: io.StringIO("x", newline="").getvalue())
