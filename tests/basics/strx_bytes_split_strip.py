# bytes/bytearray split, rsplit, strip, join with separators and type errors
for t in [b"", b"a b  c", b" a,b,,c ", bytearray(b"x--y--z"), b"\tq\nr\x0bs"]:
    for sep in [None, b",", b"-", b"--", b" "]:
        for n in [-1, 0, 1]:
            try:
                print(t, sep, n, t.split(sep, n), t.rsplit(sep, n) if sep is not None else "-")
            except Exception as e:
                print(t, sep, n, type(e).__name__, e)
for t in [b"xxhixx", bytearray(b"  pad  ")]:
    print(t.strip(b"x"), t.strip(), t.lstrip(b" x"), t.rstrip(b"x "), type(t.strip()).__name__)
for bad in [(b"a,b", ","), (b"a", b""), ("a,b", b","), (b"a", 1)]:
    try:
        print(bad[0].split(bad[1]))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [(b"ab", "a"), ("ab", b"a")]:
    for m in ["strip", "find", "count", "replace", "startswith", "index", "partition"]:
        try:
            f = getattr(bad[0], m)
            print(m, f(bad[1]) if m != "replace" else f(bad[1], bad[1]))
        except Exception as e:
            print(m, type(e).__name__, e)
