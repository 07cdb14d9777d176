# small int arithmetic
a = 7
b = 3
print(a + b, a - b, a * b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b))
print(1 << 10, 1024 >> 3, 0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, ~5)
print(int("42"), int("-17"), int("ff", 16), int("0b101", 0), int("  12  "))
print(abs(-9), pow(2, 10), pow(3, 4, 5))
