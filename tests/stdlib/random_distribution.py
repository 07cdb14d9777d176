# Counts from a fixed seed: every bucket reached, exactly as the reference draws them.
import random

random.seed(2718)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
bits = [0] * 8
for _ in range(2000):
    v = random.getrandbits(8)
    for i in range(8):
        bits[i] += (v >> i) & 1
print(bits)
hist = [0] * 10
for _ in range(5000):
    hist[int(random.random() * 10)] += 1
print(hist)
