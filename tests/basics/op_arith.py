for a in (7, -7, 0, 13):
    for b in (3, -3, 1):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 0, (-2) ** 3, 2 ** -1, (-8) ** 2)
print(-5 // 2, -5 % 2, 5 // -2, 5 % -2)
print(+5, -(-5), --5)
