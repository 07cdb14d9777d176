# oracle: unix, strip-native
import micropython


@micropython.native
def by_length(word):
    return len(word), word


@micropython.native
def last_char(word):
    return word[-1]


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=by_length))
print(sorted(words, key=last_char))
print(max(words, key=by_length), min(words, key=last_char))


@micropython.native
def rank(records):
    records.sort(key=lambda r: (-r[1], r[0]))
    return [name for name, _ in records]


print(rank([("b", 3), ("a", 3), ("c", 5), ("d", 1)]))
