def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([3, 1, 4, 1, 5])
print(lo, hi, avg)
def nothing():
    return
print(nothing())
def early(n):
    for i in range(n):
        if i == 3:
            return i
    return -1
print(early(10), early(2))
def nested_return():
    try:
        return [1]
    finally:
        pass
print(nested_return())
