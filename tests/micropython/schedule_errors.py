import micropython
try:
    micropython.schedule(print)
except TypeError as e:
    print("TypeError")
ran = []
micropython.schedule(lambda a: ran.append(a * 2), 21)
for i in range(10):
    pass
print(ran)
