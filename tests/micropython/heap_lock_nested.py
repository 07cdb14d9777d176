import micropython
out = None
n1 = n0 = None
micropython.heap_lock()
micropython.heap_lock()
n1 = micropython.heap_unlock()
try:
    d = {}
    out = "alloc ok"
except MemoryError:
    out = "still locked"
n0 = micropython.heap_unlock()

print(out, n1, n0)
