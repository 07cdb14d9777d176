# async with: enter/exit ordering, exceptions, suppression, return and break inside
log = []
class Tick:
    def __await__(self):
        yield
    __iter__ = __await__

class ACM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
    async def __aenter__(self):
        await Tick()
        log.append(("enter", self.name))
        if self.fail_enter:
            raise OSError("enter " + self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        await Tick()
        log.append(("exit", self.name, t.__name__ if t else None))
        return self.suppress

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def basic():
    async with ACM("a") as x:
        log.append(("body", x))
    async with ACM("b") as y, ACM("c") as z:
        log.append(("body2", y, z))
    return "ok"
print(run(basic()), log)
log.clear()

async def suppressing():
    async with ACM("s", suppress=True):
        raise ValueError("hidden")
    async with ACM("n"):
        pass
    return "after"
print(run(suppressing()), log)
log.clear()

async def not_suppressing():
    try:
        async with ACM("outer"):
            async with ACM("inner"):
                raise IndexError("up")
    except IndexError as e:
        return "caught " + str(e)
print(run(not_suppressing()), log)
log.clear()

async def enter_fails():
    try:
        async with ACM("ok1"), ACM("bad", fail_enter=True):
            log.append("unreached")
    except OSError as e:
        return "enter failed: " + str(e)
print(run(enter_fails()), log)
log.clear()

async def flow():
    out = []
    for i in range(4):
        async with ACM("L%d" % i):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    async with ACM("R"):
        return out
print(run(flow()), log)
log.clear()

class NoAexit:
    async def __aenter__(self):
        return 1
async def missing():
    async with NoAexit():
        pass
try:
    run(missing())
except AttributeError as e:
    print("AttributeError", e)
