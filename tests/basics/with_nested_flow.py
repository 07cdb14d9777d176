class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("in", self.n)
    def __exit__(self, *a):
        print("out", self.n)
def gen():
    with CM(1):
        yield "a"
        with CM(2):
            yield "b"
print(list(gen()))
for i in range(2):
    with CM("c%d" % i):
        with CM("d%d" % i):
            if i == 0:
                continue
            print("body", i)
def nested_return():
    with CM("x"), CM("y"):
        try:
            return 1
        finally:
            print("finally")
print(nested_return())
