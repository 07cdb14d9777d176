class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        print("suspending", self.tag)
        v = yield self.tag
        print("resumed", self.tag, "with", v)
        return v
    __iter__ = __await__  # MicroPython awaits via iteration
async def task():
    a = await Suspend("first")
    b = await Suspend("second")
    return a + b
c = task()
print("yielded", c.send(None))
print("yielded", c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print("result", e.value)
