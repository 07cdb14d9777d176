# round() of floats and ints with and without ndigits
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 123.456, -123.456, 1e20, 1e-20, 0.0, -0.0):
    print(repr(v), round(v), [round(v, n) for n in (-2, -1, 0, 1, 2, 3)])
for v in (0, 5, 15, 25, 35, -5, -15, -25, 149, 150, 151, 1234567, -1234567, 2**70 + 5, -(2**70) - 5):
    print(v, round(v), [round(v, n) for n in (-3, -2, -1, 0, 1, 2)])
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
print(type(round(1.5)), type(round(1.5, 0)), type(round(7, 1)), type(round(7, -1)))
for bad in ("1", None, [1]):
    try:
        print(round(bad))
    except TypeError as e:
        print("TypeError", e)
try:
    print(round(1.5, 1.0))
except TypeError as e:
    print("TypeError", e)
