print(True and False, True or False, not True, not 0, not [])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y")
print([] or {} or 0 or "last")
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(2) and t(0) and t(3))
print(not (1 and 0), (not 1) or 0)
