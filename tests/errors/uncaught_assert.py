def positive(n):
    assert n > 0, "n must be positive, got %d" % n
    return n
print(positive(3))
positive(-2)
