import random

random.seed(2024)
print([random.randrange(7) for _ in range(20)])
print([random.randrange(1) for _ in range(5)])
print([random.randrange(-10, -3) for _ in range(15)])
print([random.randrange(100, 1000) for _ in range(10)])
print([random.randrange(0, 100, 10) for _ in range(15)])
print([random.randrange(1, 2, 5) for _ in range(3)])
print([random.randrange(20, 0, -3) for _ in range(15)])
print([random.randrange(-5, 5, 4) for _ in range(10)])
print([random.randrange(True, 3) for _ in range(5)])
print(random.randrange(2**31 - 1) >= 0)
print(-(2**31) < random.randrange(-(2**31) + 1, 2**31 - 1) < 2**31)
