import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.mem_free()).__name__, type(gc.mem_alloc()).__name__)
print(gc.mem_free() > 0, gc.mem_alloc() > 0)
before = gc.mem_alloc()
big = [0] * 10000
print(gc.mem_alloc() > before)
del big
print(gc.collect() is None or True)
