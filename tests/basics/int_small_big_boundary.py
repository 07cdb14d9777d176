limits = [2 ** 30 - 1, 2 ** 30, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64]
for v in limits:
    print(v, v + 1, v * 2, -v, -v - 1, v // 3, v % 1000)
x = 1
for i in range(70):
    x = x * 3
print(x)
while x > 10:
    x //= 7
print(x)
print(sum(range(1, 100000)), sum([2 ** 40] * 5))
