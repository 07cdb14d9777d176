try:
    exec("from micropython import const\nX = const(undefined_name)")
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("from micropython import const\ndef f():\n    return 1\nY = const(f())")
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("from micropython import const\nZ = const(1, 2)")
except Exception as e:
    print(type(e).__name__, e)
print("done")
