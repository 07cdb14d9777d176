# % formatting of ints: every conversion with flag/width/precision combinations
vals = [0, 1, -1, 7, -42, 255, 65535, -65536, 2**31, -(2**31) - 1, 2**64 + 3, True]
for conv in "diouxX":
    for flags in ["", "-", "+", " ", "0", "#", "-0", "+0", "#0", "# ", "-#"]:
        row = []
        for v in vals:
            for spec in ["", "6", "1"]:
                fmt = "%" + flags + spec + conv
                try:
                    row.append(fmt % v)
                except Exception as e:
                    row.append(type(e).__name__)
        print(conv, repr(flags), "|".join(row))
