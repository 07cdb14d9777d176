def level3(x):
    return x[5]
def level2(x):
    return level3(x) + 1
def level1():
    data = [1, 2]
    return level2(data)
print("start")
level1()
print("unreachable")
