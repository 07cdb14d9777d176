# oracle: source-only
# (divmod(-2**30, -1): mpy-cross folds -2**30 to a small int, on which the 32-bit reference
# returns (-1073741824, 0); compiled from source it stays a long int)
# assorted edge results: sort flags, negative slices, rounding of huge floats, machine-word divisions
a = [3, 1, 2]
a.sort(reverse=5)
print(a)
print(sorted([2, 1], reverse=[]))
print(list(range(5))[::-2], [1, 2, 3][-2::-1])
print(round(-0.5), round(0.5 + 1e-16), round(1e300), round(-1e300, -299))
print(divmod(-7, 2.0), divmod(7, -0.5), 7.0 // -0.0 if False else 0)
print(int("  12  "), int("-  12") if False else 0)
print({}.fromkeys("ab", 0), dict.fromkeys([], 1))
x = {1: 2}
x.update(x)
print(x, x.copy() == x)
print(abs(-(2**62)), abs(-(2**30)), -(-(2**30)), type(-(2**30)))
print((-2**63) // -1, (-2**31) // -1, (-2**30) // -1, (-2**30) % -1, divmod(-2**30, -1))
print(1 << 62, 1 << 63, -1 << 63, (1 << 64) >> 1, 2**62 * 2, 2**31 * 2**31)
print(sum([2**30] * 4), sum([0.5] * 3, 2**70))
