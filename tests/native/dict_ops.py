# oracle: unix, strip-native
import micropython


@micropython.native
def word_count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


@micropython.native
def invert(d):
    return {v: k for k, v in d.items()}


@micropython.native
def dict_methods(d):
    d.setdefault("z", 26)
    popped = d.pop("a")
    missing = d.pop("nope", -1)
    d.update({"b": 20, "c": 3})
    keys = sorted(d.keys())
    vals = sorted(d.values())
    return popped, missing, keys, vals, "b" in d, len(d)


counts = word_count("the cat and the hat and the bat".split())
print(sorted(counts.items()))
print(sorted(invert({1: "one", 2: "two", 3: "three"}).items()))
print(dict_methods({"a": 1, "b": 2}))
d = {}
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e.args)
