import gc
class Node:
    def __init__(self):
        self.ref = None
a = Node()
b = Node()
a.ref = b
b.ref = a
del a, b
print(gc.collect() is None)
lst = [[i] * 10 for i in range(100)]
del lst
gc.collect()
print("collected")
