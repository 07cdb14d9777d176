VALUE = 42
def double(x):
    return x * 2
_private = "hidden"
