# oracle: unix (needs the unix port's heap: its size and MemoryError text)
# Holding more than the heap raises MemoryError instead of growing forever; the heap is usable
# again once the objects are dropped.
lst = []
n = 0
while True:
    try:
        lst = [lst]
        n += 1
    except MemoryError:
        break
print(n > 1000)
lst = None
a = [list(range(10)) for i in range(100)]
print(len(a))
