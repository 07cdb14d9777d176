# oracle: unix, strip-native
import micropython


@micropython.native
def numbers(x):
    x += 5
    x *= 3
    x -= 4
    x //= 2
    x %= 7
    x **= 3
    x <<= 2
    x >>= 1
    x |= 1
    x &= 0xFF
    x ^= 0x0F
    return x


@micropython.native
def sequences():
    s = "ab"
    s += "cd"
    s *= 2
    lst = [1]
    alias = lst
    lst += [2, 3]
    lst *= 2
    t = (1,)
    t += (2,)
    return s, lst, alias is lst, t


@micropython.native
def subscripts(d, k):
    d[k] += 10
    d[k] *= 2
    return d


print([numbers(v) for v in (0, 1, 10, -3)])
print(sequences())
print(subscripts([1, 2, 3], 1), subscripts({"a": 1}, "a"))
