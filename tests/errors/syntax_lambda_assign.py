f = lambda: (yield)
x = 1
lambda: x = 2
