def f():
    try:
        raise ValueError("hidden")
    finally:
        return "finally-return"
print(f())
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
    return "loop-end"
try:
    print(g())
except KeyError as e:
    print("KeyError escaped", e)
def h():
    try:
        return "try"
    finally:
        print("h finally")
print(h())
