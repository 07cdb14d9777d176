import micropython
msg = None
micropython.heap_lock()
try:
    s = "a" * 100
except MemoryError as e:
    msg = e
micropython.heap_unlock()
print(type(msg).__name__, msg)
