print(int(3.7), int(-3.7), int(1e15), int(2.0 ** 70), int(-2.5e20))
print(float(10 ** 20), float(-(2 ** 63)), float(7), float(2 ** 1000 // 2 ** 900))
for bad in (float("inf"), float("-inf")):
    try:
        int(bad)
    except OverflowError as e:
        print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(float("1e3"), float(".5"), float("5."), float("-1.25E-2"), float("+3"))
print(float("infinity"), float("-Inf"), float("NaN"))
print((2.5).is_integer() if hasattr(2.5, "is_integer") else "-")
