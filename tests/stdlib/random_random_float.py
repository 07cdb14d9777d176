import random

random.seed(123)
xs = [random.random() for _ in range(10)]
for x in xs:
    print(x)
print(all(0.0 <= x < 1.0 for x in xs))
random.seed(0)
print(random.random())
random.seed(0xFFFFFFFF)
print(random.random())
print(type(random.random()))
try:
    random.random(1)
except TypeError as e:
    print(e)
