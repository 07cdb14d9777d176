# A Fisher-Yates shuffle and a sample built on randrange, as programs write them.
import random


def shuffle(seq):
    for i in range(len(seq) - 1, 0, -1):
        j = random.randrange(i + 1)
        seq[i], seq[j] = seq[j], seq[i]


def sample(pop, k):
    pool = list(pop)
    out = []
    for _ in range(k):
        out.append(pool.pop(random.randrange(len(pool))))
    return out


random.seed(42)
deck = list(range(20))
shuffle(deck)
print(deck)
print(sorted(deck) == list(range(20)))
print(sample("abcdefghij", 4))
print(sample(range(1000), 5))
