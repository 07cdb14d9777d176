def check(v):
    if v == 3:
        raise ValueError("bad value %d" % v)
    return v
print([check(i) for i in range(2)])
print([check(i) for i in range(5)])
