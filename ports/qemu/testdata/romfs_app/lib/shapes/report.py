def table(shapes):
    total = 0
    for s in sorted(shapes, key=lambda s: s.area()):
        total += s.area()
        yield "%-12s %6.2f" % (repr(s), s.area())
    yield "total %.2f" % total
