def f():
    await g()
print("compiled")
