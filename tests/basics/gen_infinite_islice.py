def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def islice(it, n):
    out = []
    for v in it:
        if len(out) >= n:
            break
        out.append(v)
    return out
print(islice(count(), 5), islice(count(10, -3), 4))
def cycle(seq):
    while True:
        yield from seq
print(islice(cycle("ab"), 5))
def squares():
    for n in count(1):
        yield n * n
print([s for s in islice(squares(), 10) if s % 2])
