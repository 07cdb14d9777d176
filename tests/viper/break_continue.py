# oracle: unix
# requires: viper
import micropython


@micropython.viper
def sum_until_zero(buf, n: int) -> int:
    p = ptr8(buf)
    s = 0
    for i in range(n):
        if p[i] == 0:
            break
        if p[i] & 1:
            continue
        s += p[i]
    return s


@micropython.viper
def find_pair(buf, n: int, target: int) -> int:
    p = ptr8(buf)
    for i in range(n):
        for j in range(i + 1, n):
            if p[i] + p[j] == target:
                return i * 100 + j
    return -1


@micropython.viper
def for_else(n: int) -> int:
    for i in range(n):
        if i * i > 50:
            break
    else:
        return -1
    return i


print(sum_until_zero(b"\x02\x03\x04\x00\x06", 5), sum_until_zero(b"\x08\x08", 2))
print(find_pair(b"\x01\x05\x09\x0d", 4, 14), find_pair(b"\x01\x02", 2, 9))
print(for_else(20), for_else(5))
