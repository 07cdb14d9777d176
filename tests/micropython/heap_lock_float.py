# oracle: unix
# A float is a heap object: with the heap locked, making one is a MemoryError (float(),
# -x, x * y); operations that return an existing object (abs of a positive) or fold at
# compile time (3 / 2, 2 ** 40) don't allocate.
import micropython
def t(x):
    out = []
    for i in range(8):
        out.append(None)
    micropython.heap_lock()
    k = 0
    try:
        r = 3 + 4
        out[k] = "small int ok"
    except MemoryError:
        out[k] = "small int MemoryError"
    k += 1
    try:
        r = float(123)
        out[k] = "float() ok"
    except MemoryError:
        out[k] = "float() MemoryError"
    k += 1
    try:
        r = 3 / 2
        out[k] = "div ok"
    except MemoryError:
        out[k] = "div MemoryError"
    k += 1
    try:
        r = -x
        out[k] = "neg ok"
    except MemoryError:
        out[k] = "neg MemoryError"
    k += 1
    try:
        r = abs(x)
        out[k] = "abs ok"
    except MemoryError:
        out[k] = "abs MemoryError"
    k += 1
    try:
        r = 2 ** 40
        out[k] = "big ok"
    except MemoryError:
        out[k] = "big MemoryError"
    k += 1
    try:
        r = x * 2.0
        out[k] = "mul ok"
    except MemoryError:
        out[k] = "mul MemoryError"
    micropython.heap_unlock()
    print(out)
t(1.5)
