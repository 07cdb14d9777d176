# oracle: board
# requires: viper
import micropython



@micropython.viper
def rotl(x: uint, n: uint) -> uint:
    return (x << n) | (x >> (32 - n))


@micropython.viper
def rotr(x: uint, n: uint) -> uint:
    return (x >> n) | (x << (32 - n))


print([hex(rotl(0x80000001, n)) for n in (1, 4, 16, 31)])
print([hex(rotr(0x80000001, n)) for n in (1, 4, 16, 31)])
print(rotl(rotr(0x12345678, 12), 12) == 0x12345678)
