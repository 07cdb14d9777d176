# zero fill with ',' or '_' grouping: the padding zeros are grouped as if the text were digits,
# for floats (whose own digits are not grouped) and ints, aligned left, right, after the sign
# and centred (each side continues the grouping against the other)
floats = [(1.5, ""), (12.5, ""), (123.5, ""), (1234.5, ""), (0.001, ""), (1e20, ""), (float("inf"), ""),
          (2.0, "f"), (12.0, ".1f"), (-1.5, "e"), (0.5, "%"), (-12.5, ""), (1e-09, "")]
for g in ",_":
    for al in "<>=^":
        for v, ty in floats:
            text = ("{:" + ty + "}").format(v)
            row = []
            for p in range(-1, 10):
                w = len(text) + p
                if w > 0:
                    row.append(("{:0" + al + str(w) + g + ty + "}").format(v))
            print(g, al, repr(text), row)
for spec in ["0<4,", "0>4,", "0=4,", "04,", "0<5_", "0>5_", "0<5_x", "0>5_x", "#0<7_x", "#0>7_x", "+0<4,", "+0>4,", "08,", "09_"]:
    print(spec, [("{:" + spec + "}").format(v) for v in [-123, 123, 1234, -1234, 0x123, 0xfff, -0xfff, 0, 7]])
for spec in ["0=+6_", "0=6_", "0=5_", "0=+5,", "0= 6_", "0=+3_", "0<+6_", "0>+6,"]:
    print(spec, [("{:" + spec + "}").format(v) for v in [1e-09, 1.5, -1.5, 12.5, -1e-09, 123.0]])
for g in ",_":
    for v in [5, -5, 1234, -1234567, 255]:
        print(g, [("{:0^" + str(w) + g + "}").format(v) for w in range(1, 16)])
