raise ValueError("bad", 42, [1, 2])
