# dump and load need a native stream: a class with write()/read() is not one
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class W:
    def write(self, s):
        print("write called")
        return len(s)
class R:
    def read(self, n=-1):
        return "[1]"
t(json.dump, [1], W())
t(json.dump, [1], 5)
t(json.dump, [1], None)
t(json.dump, [1], [])
t(json.dump, [1], "file.json")
t(json.load, R())
t(json.load, 5)
t(json.load, "[1]")
t(json.load, b"[1]")
