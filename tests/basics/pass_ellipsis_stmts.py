def stub():
    pass
def stub2():
    ...
class Stub:
    pass
print(stub(), stub2(), Stub.__name__)
if True: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
x = 1; y = 2; print(x + y)
def f(): return "inline def"
print(f())
