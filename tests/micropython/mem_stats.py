# oracle: unix (the WebAssembly build has no MICROPY_MEM_STATS)
# micropython.mem_total/mem_current/mem_peak move with allocations; gc figures add up.
import micropython
import gc

t = micropython.mem_total()
c = micropython.mem_current()
p = micropython.mem_peak()
l = [list(range(100)) for i in range(100)]
print(micropython.mem_total() > t)
print(micropython.mem_current() > c)
print(micropython.mem_peak() > p)
free = gc.mem_free()
alloc = gc.mem_alloc()
print(free > 0, alloc > 0)
