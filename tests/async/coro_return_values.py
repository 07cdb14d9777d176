async def constant():
    return [1, 2]
async def none():
    pass
async def nested(depth):
    if depth == 0:
        return "bottom"
    r = await nested(depth - 1)
    return "%d>%s" % (depth, r)
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(constant()), run(none()), run(nested(4)))
c = constant()
print(type(c).__name__, hasattr(c, "send"), hasattr(c, "throw"))
c.close()
