# A small tour: run with `bin/upy examples/hello.py`
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "Hello, %s!" % self.name


print(Greeter("MicroPython").greet())
print([fib(i) for i in range(15)])
print(2**100, 7 / 2, divmod(-7, 2))
squares = {n: n * n for n in range(5)}
print(squares, sum(squares.values()))
