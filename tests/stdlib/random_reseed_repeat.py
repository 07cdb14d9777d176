# Re-seeding restarts the sequence; the functions share one generator.
import random


def sample():
    return (
        random.getrandbits(20),
        random.randrange(1000),
        random.randint(-50, 50),
        random.choice("qwerty"),
        random.random(),
        random.uniform(3, 4),
    )


random.seed(314)
a = [sample() for _ in range(5)]
random.seed(314)
b = [sample() for _ in range(5)]
print(a == b)
print(a[0])
print(a[4])
random.seed(315)
print(sample() != a[0])
# seed() and seed(None) take fresh randomness: the values still lie in range
random.seed()
print(0 <= random.getrandbits(8) < 256)
random.seed(None)
print(0 <= random.randrange(10) < 10)
print(random.seed(1), random.seed())
