# list.sort and sorted with key and reverse: stability, mixed keys, errors
words = ["pear", "Apple", "fig", "banana", "kiwi", "Cherry", "date", "fig"]
print(sorted(words), sorted(words, reverse=True), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: w[-1]))
pairs = [(i % 3, i) for i in range(12)]
l = list(pairs)
l.sort(key=lambda p: p[0])
print(l)
l.sort(key=lambda p: p[0], reverse=True)
print(l)
nums = [3, -1, 2.5, 0, -7, 10**20, -(2**70), 1e-3, True]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
e = []
e.sort()
print(e, sorted(()), sorted(""), sorted({3: 1, 1: 2}), sorted("cab"), sorted(range(5, 0, -1)))
for bad in ([1, "a"], [None, 1], [[1], (1,)], [1j, 2j]):
    try:
        print(sorted(bad))
    except TypeError as ex:
        print("TypeError", ex)
try:
    [3, 1].sort(lambda x: x)
except TypeError as ex:
    print("TypeError", ex)
try:
    sorted([1, 2], key=5)
except TypeError as ex:
    print("TypeError", ex)
calls = []
r = sorted([5, 2, 8], key=lambda x: calls.append(x) or -x)
print(r, calls)
print(sorted([[2, 1], [1, 9], [1, 2], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
