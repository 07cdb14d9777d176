# str.format float presentation types and flags
vals = [0.0, -0.0, 3.14159, -2.5, 1e-7, 123456.789, 1e16, float("inf"), float("-nan"), 100.0]
specs = ["", "e", "E", "f", "F", "g", "G", "%", ".0f", ".3e", ".10g", "+.2f", " .2f", "012.3f",
         "<12.2f", ">12.2e", "^12.1%", "*=+12.2f", "#.0f", "#g", ",.2f", "_f", "8", ".1", "d", "x", "n"]
for sp in specs:
    out = []
    for v in vals:
        try:
            out.append(("{:" + sp + "}").format(v))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(sp), "|".join(out))
