# find/rfind/index/rindex/count with start/end ranges including negative and out of range
s = "abcabcab"
subs = ["", "a", "ab", "cab", "b", "x", "abcabcab", "abcabcabc"]
ranges = [(), (0,), (1,), (-3,), (10,), (-20,), (2, 5), (2, -1), (-4, -2), (5, 2), (0, 100), (None, 3), (3, None), (None, None)]
for sub in subs:
    for r in ranges:
        row = [s.find(sub, *r), s.rfind(sub, *r)]
        # count("") over an inverted range reads past the string in MicroPython: left out
        row.append(s.count(sub, *r) if sub or r != (5, 2) else "-")
        for m in (s.index, s.rindex):
            try:
                row.append(m(sub, *r))
            except ValueError as e:
                row.append("VE")
        print(repr(sub), r, row)
u = "\u00e9a\u4e2db\u00e9"
print(u.find("b"), u.rfind("\u00e9"), u.find("\u00e9", 1), u.count("\u00e9"), u.index("\u4e2d"), u.find("a", -4, -2))
for bad in [(1,), ("a", "x"), ("a", 1.0)]:
    try:
        print(s.find(*bad))
    except Exception as e:
        print(type(e).__name__, e)
