a = 2 ** 100
b = 3 ** 50
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b, a // -7, a % -7)
print(a // 2 ** 99, a >> 98, a << 3)
print(a & (2 ** 64 - 1), a | 1, a ^ (a - 1))
print(-a & 0xFFFF, -a | 0xF, ~a)
print(pow(a, 2), pow(2, 200, 10 ** 9 + 7), pow(b, 3, a))
print(abs(-a), -a, +a)
print(10 ** 40 // 10 ** 20, 10 ** 40 == 10 ** 20 * 10 ** 20)
