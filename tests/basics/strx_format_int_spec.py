# str.format integer presentation types with fill/align/sign/#/0/width/grouping
vals = [0, 5, -5, 255, -255, 1234567, -1234567, 2**40, -(2**70), True]
specs = ["", "d", "x", "X", "o", "b", "n", "#x", "#X", "#o", "#b", "+d", " d", "-d",
         "08d", "+08d", "#010x", "-8x", "<8d", ">8d", "^8d", "=8d", "*^9d", "0>6", "0<6", "x<+8",
         ",", ",d", "_d", "_x", "_b", "12,", "+,", "020,", "=+12,", ".0", "#", "e", "f", ".2f", "%", "g", "E"]
for sp in specs:
    out = []
    for v in vals:
        try:
            out.append(("{:" + sp + "}").format(v))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(sp), "|".join(out))
for v in [0, 9, 10, 32, 65, 97, 126, 127, True]:
    print(repr("{:c}|{:3c}|{:<3c}|{:*^5c}".format(v, v, v, v)))
