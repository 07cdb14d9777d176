g = 0
def set_global():
    global g
    g = 5
set_global()
print(g)
def counter():
    count = 0
    def bump(k):
        nonlocal count
        count += k
        return count
    bump(2)
    bump(3)
    return count
print(counter())
def shadow():
    g = "local"
    return g
print(shadow(), g)
def declare_later():
    global newname
    newname = "created"
declare_later()
print(newname)
x = 1
def read_only():
    return x + 1
print(read_only())
def unbound():
    print(x)
    x = 2
try:
    unbound()
except NameError as e:
    print(type(e).__name__, e)
