# oracle: unix, strip-native
import micropython


@micropython.native
def chunks(data, size):
    out = []
    i = 0
    while (part := data[i:i + size]):
        out.append(part)
        i += size
    return out


@micropython.native
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None


print(chunks([1, 2, 3, 4, 5], 2), chunks("abcdefg", 3))
print(first_long(["ab", "abcde", "xyzzyx"]), first_long(["a"]))
