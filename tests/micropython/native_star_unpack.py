# oracle: strip-native
import micropython
@micropython.native
def unpack(seq):
    first, *mid, last = seq
    return first, mid, last
print(unpack(range(5)), unpack("ab"))
@micropython.native
def swap_sum(pairs):
    total = 0
    for a, b in pairs:
        a, b = b, a
        total += a * 10 + b
    return total
print(swap_sum([(1, 2), (3, 4)]))
