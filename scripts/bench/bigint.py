# Arbitrary-precision integer arithmetic.
a = 1
for i in range(1, 1200):
    a *= i
b = 3 ** 900
c = 0
for i in range(2000):
    c += (a // (b % 1000003 + i + 1)) % 1000000007
print(len(str(a)), a % 1000000007, b % 999983, c, (a >> 100) & 0xFFFF)
