# oracle: unix
# requires: viper
import micropython


@micropython.viper
def collect(n: int) -> object:
    out = []
    for i in range(n):
        out.append(i * i)
    return out


@micropython.viper
def join_words(words) -> object:
    return "-".join(words).upper()


@micropython.viper
def count_in_dict(text) -> object:
    d = {}
    for ch in text:
        d[ch] = int(d.get(ch, 0)) + 1
    return sorted(d.items())


@micropython.viper
def attr_access(o) -> int:
    return int(o.count(1)) + int(o.index(7))


print(collect(6), join_words(["a", "b"]))
print(count_in_dict("banana"))
print(attr_access([1, 7, 1, 1]))
