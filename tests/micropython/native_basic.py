# oracle: strip-native
import micropython

@micropython.native
def add(a, b):
    return a + b

print(add(1, 2))
