# oracle: unix, strip-native
import micropython


@micropython.native
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


@micropython.native
def early_binding():
    fs = []
    for i in range(3):
        def make(v):
            return lambda: v
        fs.append(make(i))
    return [f() for f in fs]


@micropython.native
def nested_levels(a):
    def level1(b):
        def level2(c):
            return a + b + c
        return level2
    return level1


print(late_binding(), early_binding())
print(nested_levels(100)(20)(3))
