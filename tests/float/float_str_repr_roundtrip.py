vals = [0.1, 1 / 3, 2 / 7, 1e-8, 123.456, 9.87654321e21, 5e-324, 2.2250738585072014e-308]
for v in vals:
    s = repr(v)
    print(s, float(s) == v)
print(str(1.0), str(10.0), str(1e5), str(123456789.0), str(1234567890123456.0))
