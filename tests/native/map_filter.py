# oracle: unix, strip-native
import micropython


@micropython.native
def transform(nums):
    doubled = list(map(lambda x: x * 2, nums))
    odd = list(filter(lambda x: x % 2, nums))
    pairs = list(map(lambda a, b: a + b, nums, reversed(nums)))
    return doubled, odd, pairs


@micropython.native
def builtins_mix(nums):
    return sum(nums), min(nums), max(nums), sorted(nums), any(nums), all(nums), len(nums)


print(transform([1, 2, 3, 4]))
print(builtins_mix([3, 0, -2, 7]))
print(list(map(str, range(4))), list(filter(None, [0, 1, "", "a"])))
