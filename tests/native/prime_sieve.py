# oracle: unix, strip-native
import micropython


@micropython.native
def sieve(n):
    flags = bytearray(b"\x01" * (n + 1))
    flags[0] = flags[1] = 0
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = 0
        i += 1
    return [k for k in range(n + 1) if flags[k]]


@micropython.native
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out


print(sieve(60))
print(factorize(360), factorize(97), factorize(1001))
