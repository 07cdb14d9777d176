l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.index(1, 1))
try:
    l.index(2, 4)
except ValueError:
    print("not found after 4")
l2 = l[:]
l2.remove(1)
print(l2, l)
l3 = [[0]] * 3
l3[0].append(1)
print(l3)
l4 = [[0] for _ in range(3)]
l4[0].append(1)
print(l4)
print([1, 2] * 0, [] * 5, [None] * 2)
nums = [5, 2, 9]
nums[len(nums):] = [1]
nums[:0] = [0]
print(nums, nums.pop(1), nums)
