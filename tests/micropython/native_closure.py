# oracle: strip-native
import micropython
@micropython.native
def make_adder(n):
    def add(x):
        return x + n
    return add
print(make_adder(3)(4))
@micropython.native
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
class Box:
    @micropython.native
    def __init__(self, v):
        self.v = v
    @micropython.native
    def doubled(self):
        return self.v * 2
print(Box(21).doubled())
