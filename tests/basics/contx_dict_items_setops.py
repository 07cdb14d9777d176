# set operations on dict keys() and items() views against sets, lists and other views
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 2, "z": 30, "w": 4}
ka, kb = a.keys(), b.keys()
for op in ("ka & kb", "ka | kb", "ka - kb", "ka ^ kb", "ka & ['x', 'q']", "ka - set('xy')", "a.items() & b.items()", "a.items() - b.items()",
           "a.items() | {('q', 0)}", "a.items() ^ b.items()", "ka == kb", "ka == {'x', 'y', 'z'}", "ka != set('xyz')", "a.items() == {('x', 1), ('y', 2), ('z', 3)}",
           "ka.isdisjoint(kb)", "ka.isdisjoint(['q'])", "ka <= {'x', 'y', 'z', 'q'}", "ka > {'x'}", "a.values() == b.values()", "len(ka | kb)"):
    try:
        r = eval(op)
        print(op, sorted(r) if isinstance(r, (set, frozenset)) else r)
    except Exception as e:
        print(op, type(e).__name__, e)
