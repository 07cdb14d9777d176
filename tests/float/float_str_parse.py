for s in ("1.5", "  -2.25  ", "1e5", "1E-05", "inf", "-INF", "nan", "0.1", "1_0.5" if False else "10.5", ".25", "3."):
    print(repr(s), float(s))
for bad in ("", "1.2.3", "e5", "1e", "abc", "1 2", "--1"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
