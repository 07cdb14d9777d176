# long-int arithmetic: factorials, Fibonacci, digit sums, mixed-sign division, conversions
f = 1
for i in range(1, 101):
    f *= i
print(f, len(str(f)), sum(int(c) for c in str(f)), f % 1000000007, f // 10**150)
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, a % 2**64, a >> 200, a.__class__.__name__)
x = 3**200
y = -(7**90)
print(x // y, x % y, -x // y, -x % y, divmod(x, y) == (x // y, x % y), x * y, x + y, x - y, y - x)
print(abs(y), -y, +y, ~y, x & y, x | y, x ^ y, y >> 100, y << 3, x == -y, x > y, y < 0)
print(int(str(x)) == x, int(hex(x), 16) == x, int(oct(y), 8) == y, int(bin(x), 2) == x, float(x), float(y))
print(10**40 // 7, 10**40 % 7, -(10**40) // 7, -(10**40) % 7, (10**40) // -(10**20), (10**40 + 1) % (10**20))
n = 2**127 - 1
print(pow(3, n - 1, n), pow(2, 10**6, 10**9 + 7), pow(-(2**100), 3, 2**61 - 1))
s = 0
for k in range(1, 60):
    s += (-1) ** k * 2**k * k
print(s)
