def two(a, b):
    return a + b
for args in ((1,), (1, 2, 3), ()):
    try:
        two(*args)
    except TypeError as e:
        print("TypeError:", str(e).replace("two()", "function"))
try:
    two(1, c=2)
except TypeError as e:
    print("TypeError:", "function doesn't take keyword arguments")
print(two(40, 2), two(*[1, 2]))
