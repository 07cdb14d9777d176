import micropython
result = None
n = None
micropython.heap_lock()
try:
    l = [1, 2, 3]
    result = "allocated"
except MemoryError:
    result = "MemoryError"
n = micropython.heap_unlock()
print(result, n)
x = 0
micropython.heap_lock()
x = 1 + 2
micropython.heap_unlock()
print("small int math ok", x)
