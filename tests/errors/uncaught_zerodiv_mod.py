values = [4, 2, 0]
total = 100
for v in values:
    print(total // v)
