nan = float("nan")
l = [nan]
print(nan in l, l == l, [nan] == [nan], nan == nan)
d = {nan: 1}
print(len(d), nan in d)
print(max([1.0, 2.0]), sorted([3.0, 1.0, 2.0]), min(0.0, -0.0), max(-0.0, 0.0))
print(float("nan") is nan, str(nan), repr(-nan) if False else "nan")
