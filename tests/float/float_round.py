for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1e15 + 0.5):
    print(v, round(v), round(v, 1), round(v, 2))
print(round(123.456, -1), round(123.456, -2), round(-123.456, 0))
print(round(1e300, 2), round(float("inf")) if False else "skip-inf")
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
