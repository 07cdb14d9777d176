excs = [ValueError(), ValueError("m"), ValueError("a", 1), KeyError("k"), KeyError(), IndexError(3),
        OSError(), OSError("x"), OSError(2, "y"), StopIteration(), StopIteration(1), RuntimeError(None)]
for e in excs:
    print(type(e).__name__, "|", str(e), "|", repr(e))
