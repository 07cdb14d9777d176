# oracle: strip-native
import micropython
@micropython.native
def mixed(n):
    out = []
    for i in range(n):
        out.append("%d:%.2f" % (i, i / 3))
    return ",".join(out)
print(mixed(4))
@micropython.native
def big(n):
    r = 1
    for i in range(1, n + 1):
        r *= i
    return r
print(big(25))
