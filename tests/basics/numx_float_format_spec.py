# format() and %-formatting of floats with many specs
vals = [0.0, -0.0, 1.5, -2.25, 1234.5678, 0.000123, 1e20, 1e-20, 123456789.0, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".2f", "10.3f", "<10.1f", ">10.1f", "^10.1f", "+.1f", " .1f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "08.2f", "+08.2f", "=+10.2f", "*^12.3g", ",.2f" if False else ".4f"]
for v in vals:
    print(repr(v), [("{:" + s + "}").format(v) for s in specs])
for v in vals:
    print("%f|%.2f|%e|%.3g|%10.1f|%-10.1f|%+g|%G" % (v, v, v, v, v, v, v, v))
print("{:.0f} {:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5, -0.5))
print("{:.1f} {:.2f} {:.3f}".format(0.05, 0.005, 0.0005))
for bad in ("d", "x", "c", "s"):
    try:
        print(("{:" + bad + "}").format(1.5))
    except ValueError as e:
        print(bad, "ValueError", e)
