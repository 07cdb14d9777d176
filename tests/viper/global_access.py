# oracle: unix
# requires: viper
import micropython


SCALE = 3
table = bytearray(b"\x05\x06\x07")
hits = 0


@micropython.viper
def scaled(x: int) -> int:
    return x * int(SCALE)


@micropython.viper
def lookup(i: int) -> int:
    p = ptr8(table)
    return p[i]


@micropython.viper
def record(n: int):
    global hits
    hits = n * 2


print(scaled(5), lookup(2))
SCALE = 10
print(scaled(5))
record(21)
print(hits)
