# Finding all matches with search and a moving start position.
import re

def findall(r, s):
    out = []
    pos = 0
    while True:
        m = r.search(s, pos)
        if m is None:
            return out
        g = m.group(0)
        i = s.find(g, pos)
        out.append((i, g))
        pos = i + max(1, len(g))

print(findall(re.compile("\\d+"), "a1 b22 c333 d4444"))
print(findall(re.compile("[A-Z]\\w*"), "Hello big World Of Regex"))
print(findall(re.compile("x"), "none here"))
