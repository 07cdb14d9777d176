# % formatting of floats: e/E/f/F/g/G with flags, widths, precisions, specials
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 123.456, 1e-5, 1.5e10, 1e22, 9.999999, 0.5, 2.5, float("inf"), float("-inf"), float("nan")]
for conv in "eEfFgG%":
    if conv == "%":
        continue
    for spec in ["", ".0", ".3", "10.2", "-10.2", "+.1", " .1", "010.3", "#.0", "#g"[:1]]:
        out = []
        for v in vals:
            try:
                out.append(("%" + spec + conv) % v)
            except Exception as e:
                out.append(type(e).__name__)
        print(conv, repr(spec), "|".join(out))
print("%d %i %x" % (3.9, -2.1, 255) if False else "%d %i" % (3.9, -2.1))
print("%f" % 3, "%e" % 10, "%g" % 100000, "%g" % 1000000, "%G" % 1e-5, "%.15g" % 0.1)
