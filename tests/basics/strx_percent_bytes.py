# bytes % formatting: conversions, widths, bytes arguments, errors
for fmt, args in [(b"%s", b"x"), (b"%s", (b"ab",)), (b"%r", b"q"), (b"%5s|", b"ab"), (b"%-5s|", b"ab"), (b"%.1s", b"abc"),
                  (b"%d %i %x %X %o", (10, -3, 255, 255, 8)), (b"%c%c", (65, b"B")), (b"%%", ()), (b"%s", ("str",)),
                  (b"%s", 5), (b"%s", [1]), (b"%5.2f", 3.14159), (b"%e", 1.5), (b"%(k)s", {b"k": 1}), (b"%(k)s", {"k": b"v"}),
                  (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%c", 256), (b"%c", b"ab"), (b"%y", 1), (b"abc", 5),
                  (bytearray(b"%s-%d"), (b"x", 3))]:
    try:
        print(fmt, args, repr(fmt % args))
    except Exception as e:
        print(fmt, args, type(e).__name__, e)
