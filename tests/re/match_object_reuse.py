# Match objects keep their subject: groups can be read after later matches.
import re

r = re.compile("(\\w+)=(\\w+)")
ms = [r.match(s) for s in ("a=1", "bb=22", "ccc=333")]
for m in ms:
    print(m.group(1), m.group(2))
s = "k=v"
m = r.match(s)
s = "changed"
print(m.group(0))
b = bytearray(b"x=y")
m2 = re.match(b"(\\w)=(\\w)", bytes(b))
b[0] = 65
print(m2.group(1))
