import gc
t = gc.threshold()
print(type(t).__name__)
gc.threshold(4096)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
