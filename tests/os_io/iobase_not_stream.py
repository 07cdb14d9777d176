# Only native streams and io.IOBase subclasses are streams for print(file=) and json.dump.
import io, json


class P:
    def write(self, s):
        print("P.write", s)


for f in (lambda: print("y", file=P()), lambda: json.dump([1], P()), lambda: print("z", file=1)):
    try:
        f()
    except OSError as e:
        print("OSError", e)


class N(io.IOBase):
    pass


try:
    print("q", file=N())
except AttributeError as e:
    print("AttributeError", e)
s = io.StringIO()
print("into", "StringIO", file=s)
json.dump({"k": [1, 2]}, s)
print(repr(s.getvalue()))
b = io.BytesIO()
print("bytes", file=b)
print(b.getvalue())
