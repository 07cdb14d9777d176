# oracle: unix, strip-native
import micropython


@micropython.native
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@micropython.native
def first_multiple(seq, k):
    i = 0
    while i < len(seq):
        if seq[i] % k == 0:
            break
        i += 1
    else:
        return None
    return i


@micropython.native
def skip_odd(n):
    out = []
    i = 0
    while i < n:
        i += 1
        if i % 2:
            continue
        out.append(i)
    return out


print([collatz(n) for n in (1, 6, 7, 27)])
print(first_multiple([3, 5, 8, 9], 4), first_multiple([1, 3], 2))
print(skip_odd(9))
