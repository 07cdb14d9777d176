# hash() of floats as the 32-bit build computes it, and the dict/set order it gives.
for x in [0.0, -0.0, 1.0, 2.0**30, 2.0**31, -2.0**30, 2.0**40, 2.0**63, 1e20, 1e300, 0.5, 1.5,
          -1.5, 3.14, 1e-10, float('inf'), float('-inf'), 123456789.0, 2.0**29, 1073741823.0,
          -1073741825.0, -2.0**31, -2.0**31 - 1]:
    print(x, hash(x))
print(hash(float('nan')) == hash(float('nan')))
d = {}
for x in [2.0**30, 1.5, 1e20, 2.0, 0.1, -3.25, 2.0**40, 1e300, 7.0, 100.5, -0.0]:
    d[x] = 1
print(list(d))
print(d[1e20], d[7], d[2.0**40])
print({2**30: 1}[2.0**30], {2.0**30: 1}[2**30])
print(set([1.25, 2.5, 3.75, 1e10, 1e15, 1e30, 5.0, 6.5]))
print(set([2.0**k for k in range(28, 40)]))
print(hash(1.5 + 2.5j), hash(complex(2.0**31, 1)))
