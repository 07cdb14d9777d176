# oracle: unix
# requires: viper
import micropython


@micropython.viper
def sieve(flags, n: int) -> int:
    p = ptr8(flags)
    for i in range(n):
        p[i] = 1
    p[0] = 0
    p[1] = 0
    i = 2
    while i * i < n:
        if p[i]:
            j = i * i
            while j < n:
                p[j] = 0
                j += i
        i += 1
    count = 0
    for k in range(n):
        count += p[k]
    return count


flags = bytearray(1000)
print(sieve(flags, 1000), [i for i in range(50) if flags[i]])
print(sieve(bytearray(10), 10))
