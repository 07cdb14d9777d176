import random

print(dir(random))
print(random)
print(random.__name__)
# __init__ seeds only once: calling it again leaves the sequence alone
random.seed(5)
a = [random.getrandbits(32) for _ in range(3)]
random.seed(5)
print(random.__init__())
print([random.getrandbits(32) for _ in range(3)] == a)
import random as r2

print(r2 is random)
