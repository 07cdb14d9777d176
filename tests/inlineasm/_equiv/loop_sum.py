def sum_to(n):
    return n * (n + 1) // 2
def fact(n):
    r = 1
    while n > 1:
        r *= n
        n -= 1
    return r
def gcd(a, b):
    while a != b:
        if a < b:
            b -= a
        else:
            a -= b
    return a
print([sum_to(n) for n in range(8)], sum_to(1000))
print([fact(n) for n in range(1, 13)])
print(gcd(1071, 462), gcd(17, 5), gcd(64, 48), gcd(9, 9))
