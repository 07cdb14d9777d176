# oracle: allow-errors
# split/rsplit with separators and maxsplit over generated inputs
texts = ["", " ", "a", "a b", "  a  b  ", "a,b,,c,", ",a", "a\tb\nc\r\nd\x0be\x0cf", "\u00e9 \u4e2d  x", "aaa"]
for t in texts:
    for sep in [None, ",", " ", "a", "aa", "b,"]:
        for n in [-1, 0, 1, 2]:
            r1 = t.split(sep, n)
            try:
                r2 = t.rsplit(sep, n)
            except Exception as e:
                r2 = type(e).__name__ + ": " + str(e)
            print(repr(t), repr(sep), n, r1, r2)
for bad in [("",), (1,), (b",",)]:
    try:
        print("a,b".split(*bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("a".rsplit(","*0))
except Exception as e:
    print(type(e).__name__, e)
for kw in [{"maxsplit": 1}, {"sep": ","}]:
    try:
        print("a b,c".split(**kw))
    except Exception as e:
        print(type(e).__name__, e)
