# oracle: unix
# requires: viper
import micropython

# Annotated locals declare their machine type.


@micropython.viper
def typed_locals(buf) -> object:
    n: int = 3
    u: uint = uint(7)
    flag: bool = False
    p: ptr8 = ptr8(buf)
    total: int = 0
    for i in range(n):
        total += p[i]
    if total > 5:
        flag = True
    return (n, u, flag, total)


@micropython.viper
def counter(limit: int) -> int:
    i: int = 0
    while i < limit:
        i += 3
    return i


print(typed_locals(b"\x01\x02\x03"), typed_locals(b"\x00\x00\x01"))
print(counter(10), counter(0))
