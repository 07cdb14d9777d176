i, j = 0, 10
while i < j and (j - i) % 7 != 0:
    i += 1
    j -= 1
print(i, j)
data = [3, 5, 0, 2]
idx = 0
while idx < len(data) and data[idx]:
    idx += 1
print(idx)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
