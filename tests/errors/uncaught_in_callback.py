def apply(fn, items):
    return [fn(x) for x in items]
def parse(s):
    return int(s)
print(apply(parse, ["1", "2"]))
print(apply(parse, ["3", "four"]))
