for x in (-2, 0, 3):
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
def t(v):
    print("eval", v)
    return v
print(t(1) if t(True) else t(2))
print(t(1) if t(0) else t(2))
y = 5 if False else 6
print(y, (1 if y else 0) + 10)
