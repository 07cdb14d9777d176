def f(x):
    if x > 2:
        raise ValueError("too big: %d" % x)
    return x

print(f(1))
print(f(3))
