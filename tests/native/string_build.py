# oracle: unix, strip-native
import micropython


@micropython.native
def repeat_pattern(n):
    out = ""
    for i in range(n):
        out += str(i % 10)
    return out


@micropython.native
def csv_line(values):
    return ",".join(str(v) for v in values)


@micropython.native
def parse_kv(text):
    result = []
    for part in text.split(";"):
        if not part:
            continue
        k, _, v = part.partition("=")
        result.append((k.strip(), int(v)))
    return result


@micropython.native
def reverse_words(s):
    return " ".join(reversed(s.split()))


print(repeat_pattern(23))
print(csv_line([1, "a", 2.5, None]))
print(parse_kv("a=1; b = 22;;c=-3"))
print(reverse_words("the quick brown fox"))
