# Assignment and del targets as compile.c takes them: `() = x` and `del ()`/`del [a]` are
# refused, `[] = x` unpacks nothing, parenthesised tuples delete each name.
srcs = [
    "() = []", "[] = ()", "() = ()", "[] = [1]", "del ()", "del []", "del (a, b)", "del [a]",
    "del (a)", "del a, b", "del (a, [b])", "for () in []: pass", "for [] in [()]: pass",
    "*a = 1", "a, *b, *c = 1, 2", "(a, b) = 1, 2", "[a, b] = 1, 2", "a, = 1,",
    "with x as (): pass", "[] += 1", "f() = 1", "del f()", "del a + 1",
]
for s in srcs:
    try:
        exec(s, {"a": 1, "b": [1], "x": [], "f": print})
        print(repr(s), "ok")
    except Exception as e:
        print(repr(s), type(e).__name__, e)
