# oracle: unix (the WebAssembly build has no emergency exception buffer: its message is empty)
import micropython
msg = None
# Names bound while locked exist already: a new global could need a bigger dict.
e = s = None
micropython.heap_lock()
try:
    s = "a" * 100
except MemoryError as e:
    msg = e
micropython.heap_unlock()
print(type(msg).__name__, msg)
