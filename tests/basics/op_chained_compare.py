x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 4 > 3 > 3)
print(1 == 1 == 1, 1 == 1 != 2, 0 <= x <= 5 <= 5)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print(calls)
calls.clear()
print(f(3) < f(2) < f(9))
print(calls)
print("a" < "b" in ["b"], 1 in [1] in [[1]])
