import micropython
for name in ("const", "opt_level", "schedule", "heap_lock", "heap_unlock", "kbd_intr", "mem_info", "stack_use"):
    print(name, hasattr(micropython, name))
print(micropython.__name__, type(micropython).__name__)
import sys
print(sys.implementation.name, sys.implementation.version[:2])
