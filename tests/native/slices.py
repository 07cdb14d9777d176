# oracle: unix, strip-native
import micropython


@micropython.native
def cuts(seq):
    return seq[1:], seq[:-1], seq[::2], seq[::-1], seq[1:4:2], seq[-3:]


@micropython.native
def assign_slice(lst):
    lst[1:3] = ["a", "b", "c"]
    del lst[3:5]
    lst[:0] = [0]
    return lst


print(cuts([0, 1, 2, 3, 4, 5]))
print(cuts(list("abcdef")))
print(assign_slice(list(range(6))))
print("abcdef"[1:4], b"abcdef"[-2:], bytearray(b"xyz")[:2])
