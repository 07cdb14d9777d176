class Yield:
    def __await__(self):
        yield "y"
    __iter__ = __await__  # MicroPython awaits via iteration
async def guarded():
    try:
        await Yield()
        await Yield()
    except KeyError as e:
        print("got thrown", repr(e))
        return "handled"
    finally:
        print("finally in coroutine")
c = guarded()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)
c2 = guarded()
c2.send(None)
c2.close()
print("closed")
