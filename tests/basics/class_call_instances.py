class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
c = Counter()
print(c(), c(5), c(step=2), callable(c))
print(list(map(Counter(), [1, 1, 1])))
class Factory:
    def __call__(self, *args, **kwargs):
        return args, kwargs
print(Factory()(1, x=2))
