data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
nums = list(range(20, 0, -3))
nums.sort()
print(nums)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError")
