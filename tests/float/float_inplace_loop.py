x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
y = 1.0
for i in range(20):
    y /= 3
print(y)
y = 1.0
while y < 1e50:
    y *= 7.5
print(y)
acc = 1.0
for i in range(1, 15):
    acc = acc * i / (i + 0.5)
print(acc)
