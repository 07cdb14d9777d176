VALUE = (1, "two", 3.5)

def twice(x):
    return [x, x]
