# oracle: unix (the WebAssembly build's MemoryError under heap_lock has no message)
# An uncaught MemoryError raised under heap_lock reports MicroPython's message.
import micropython

micropython.heap_lock()
print([1, 2])
