# oracle: unix
# requires: viper
import micropython


@micropython.viper
def concat(a, b):
    return a + b


@micropython.viper
def first_and_len(seq: object) -> object:
    return seq[0], len(seq)


@micropython.viper
def call_method(s):
    return s.upper().split("-")


@micropython.viper
def build_dict(keys, base: int) -> object:
    d = {}
    i = base
    for k in keys:
        d[k] = i
        i += 1
    return sorted(d.items())


print(concat("ab", "cd"), concat([1], [2]), concat(1.5, 2))
print(first_and_len("xyz"), first_and_len([9, 8]))
print(call_method("a-b-c"))
print(build_dict("abc", 10))
