def explode(n):
    if n > 2:
        raise ValueError("exploded with %d" % n)
    return n
