# str.format string presentation: fill, align, width, precision, errors
vals = ["", "a", "hello", "\u00e9t\u00e9", "\u4e2d\u6587", "tab\tx"]
specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*<7", "#>4", "0>5", ".6", ".0", "7.3", "^9.3s", "-^7",
         "{", "}^5", "=5", "+", "05", "d", "x", ",", "#", " ", "c", "010"]
for sp in specs:
    out = []
    for v in vals:
        try:
            out.append(("{:" + sp + "}").format(v))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(sp), "|".join(out))
