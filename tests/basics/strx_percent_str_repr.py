# %s %r %a %c with widths, precision and odd objects
class C:
    def __str__(self):
        return "strC"
    def __repr__(self):
        return "reprC"
objs = ["abc", "", "q'uote", 'd"q', "\n\t\x01", b"by", 12, 1.5, None, True, (1,), [2], C(), "\u00e9\u4e2d"]
for conv in "sr":
    for spec in ["", "8", "-8", ".2", "8.5", "-6.0", ".0"]:
        print(conv, spec, "|".join(("%" + spec + conv) % (o,) for o in objs))
for c in [65, 0x263A, "z", "\u00e9", 0x1F600, 0x7F, 10]:
    try:
        print(repr("[%c][%3c][%-3c]" % (c, c, c)))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [["ab"], [""], [0x110000], [1.5], [None]]:
    try:
        print("%c" % tuple(bad))
    except Exception as e:
        print(type(e).__name__, e)
