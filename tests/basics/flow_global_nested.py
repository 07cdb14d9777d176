# global declarations in nested functions, creation and deletion of globals
def creator():
    global made
    made = "created"
creator()
print(made)

def deleter():
    global made
    del made
deleter()
try:
    made
except NameError as e:
    print("NameError", e)

counter = 0
def outer():
    counter = "local"
    def inner():
        global counter
        counter += 1
        return counter
    return inner(), inner(), counter
print(outer(), counter)

def reader():
    return counter * 2
print(reader())

# global in a comprehension's enclosing function
def comp():
    global gl
    gl = [i for i in range(3)]
    return [gl[i] + i for i in range(3)]
print(comp(), gl)

# global used before declaration is allowed in MicroPython? assign then read
def assign_then():
    global late
    late = 5
    return late
print(assign_then(), late)

# a local with the same name as a global raises UnboundLocalError-like NameError
value = 10
def bad():
    print(value)
    value = 3
try:
    bad()
except NameError as e:
    print(type(e).__name__, e)

# global declared inside a class body
class C:
    global from_class
    from_class = "cls"
    attr = from_class + "!"
print(from_class, C.attr, hasattr(C, "from_class"))

# exec with a separate globals dict sees only that dict
g = {"x": 1}
exec("global y\ny = x + 1\ndef f():\n    global z\n    z = y * 10\nf()", g)
print(g["y"], g["z"], "z" in globals())
