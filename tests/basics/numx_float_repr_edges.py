# repr and str of edge floats
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345.6,
        1e-4, 1e-5, 0.0001234, 1.5e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        float("inf"), float("-inf"), float("nan"), 1e22, 1e23, 9007199254740993.0, 2.0**53,
        2.0**63, 2.0**64, 123.456, 100.0, 1e100, 1.23e-100, 3.14159, 2.5, 0.5, 1e6, 1e7, 12345678.9]
for v in vals:
    print(repr(v), str(v), v == float(repr(v)) or v != v)
for v in vals[:12]:
    print(repr(-v), repr(v * 10), repr(v / 10))
print(float("1e500"), float("-1e500"), float("1e-500"), float("  -1.5  "), float("+.5"), float("5."))
print(float("inf"), float("-Infinity"), float("NaN"), float("-nan"), float("1_000.5"))
for s in ("1e", "e5", ".", "1.2.3", "--1", "inf5", "0x10", "", " ", "1 2"):
    try:
        print(float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
