# oracle: unix
# requires: viper
import micropython


@micropython.viper
def sum_list(lst) -> int:
    s = 0
    for x in lst:
        s += int(x)
    return s


@micropython.viper
def longest(words) -> object:
    best = ""
    for w in words:
        if int(len(w)) > int(len(best)):
            best = w
    return best


@micropython.viper
def pairs(d) -> int:
    s = 0
    for k, v in d.items():
        s += int(k) * int(v)
    return s


print(sum_list([1, 2, 3, 4]), sum_list(range(10)), sum_list(()))
print(longest(["a", "abcd", "xyz"]))
print(pairs({2: 3, 4: 5}))
