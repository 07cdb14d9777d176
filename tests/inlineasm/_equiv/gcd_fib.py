def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) & 0xFFFFFFFF
    return a
def isqrt(v):
    v &= 0xFFFFFFFF
    lo, hi = 0, 65536
    while hi - lo > 1:
        m = (lo + hi) // 2
        if m * m <= v:
            lo = m
        else:
            hi = m
    return lo
print(gcd(12, 18), gcd(17, 5), gcd(0, 9), gcd(9, 0), gcd(1071, 462), gcd(2 ** 30, 6 ** 10))
print([fib(n) for n in range(15)], fib(47), fib(48), fib(100))
print([isqrt(v) for v in (0, 1, 3, 4, 15, 16, 17, 99, 100, 65535, 65536, 1000000, 0x7FFFFFFF, -1)])
