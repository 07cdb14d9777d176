f = lambda x: x / 0
print("calling")
print(f(1))
