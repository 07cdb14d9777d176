async def bad():
    await 5
c = bad()
try:
    c.send(None)
except TypeError as e:
    print("TypeError", e)
async def ok():
    return 1
print("done")
