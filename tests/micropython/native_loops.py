# oracle: strip-native
import micropython
@micropython.native
def primes(limit):
    out = []
    for n in range(2, limit):
        for p in out:
            if p * p > n:
                out.append(n)
                break
            if n % p == 0:
                break
        else:
            out.append(n)
    return out
print(primes(60))
@micropython.native
def while_sum(n):
    i = s = 0
    while True:
        i += 1
        if i % 3 == 0:
            continue
        if i > n:
            break
        s += i
    return s
print(while_sum(100))
