# oracle: board
# requires: viper
import micropython

# Marsaglia's xorshift32.


@micropython.viper
def xorshift(state: uint, rounds: int) -> uint:
    x = state
    for _ in range(rounds):
        x ^= x << 13
        x ^= x >> 17
        x ^= x << 5
    return x


@micropython.viper
def sequence(seed: uint, n: int) -> object:
    out = []
    x = seed
    for _ in range(n):
        x = uint(xorshift(x, 1))
        out.append(x)
    return out


print(sequence(1, 5))
print(xorshift(2463534242, 1), xorshift(1, 1000))
