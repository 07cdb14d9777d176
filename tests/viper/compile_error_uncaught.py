# oracle: unix
# requires: viper
import micropython

# A viper type error anywhere in a module stops it compiling: nothing runs.

print("never printed")


@micropython.viper
def total(buf) -> int:
    p = ptr8(buf)
    s = 0
    for i in range(4):
        s += p[i]
    s = buf
    return s
