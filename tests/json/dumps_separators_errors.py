# separators must be a tuple or list of two str/bytes
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.dumps, [1], separators=(",",))
t(json.dumps, [1], separators=(",", ":", ";"))
t(json.dumps, [1], separators=[])
t(json.dumps, [1], separators=5)
t(json.dumps, [1], separators=",:")
t(json.dumps, [1], separators=(1, ":"))
t(json.dumps, [1], separators=(",", None))
t(json.dumps, [1], separators=iter((",", ":")))
t(json.dumps, [1], separators={",": ":"})
from collections import namedtuple
P = namedtuple("P", ("item", "key"))
class T(tuple):
    pass
class S(str):
    pass
t(json.dumps, [1], separators=P(",", ":"))
t(json.dumps, [1], separators=T((",", ":")))
t(json.dumps, [1], separators=(bytearray(b","), ":"))
t(json.dumps, [1], separators=(",", S(":")))
