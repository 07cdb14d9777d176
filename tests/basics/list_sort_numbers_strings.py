import_order = [10, 9, 2, 33, 1, -4, 0, 5]
print(sorted(import_order))
nums = [3.5, 1, 2.25, -1, 0]
nums.sort()
print(nums)
strs = ["b10", "a2", "b2", "a10"]
print(sorted(strs))
print(sorted(strs, key=lambda s: (s[0], int(s[1:]))))
big = list(range(50, 0, -1))
big.sort()
print(big[:5], big[-5:])
