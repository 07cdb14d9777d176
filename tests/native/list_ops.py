# oracle: unix, strip-native
import micropython


@micropython.native
def build(n):
    out = []
    for i in range(n):
        out.append(i * 3 % 7)
    return out


@micropython.native
def mutate(lst):
    lst.insert(0, 99)
    lst.extend([5, 6])
    last = lst.pop()
    first = lst.pop(0)
    lst.remove(5)
    lst.reverse()
    return first, last, lst, lst.index(3), lst.count(0)


@micropython.native
def sort_both(lst):
    a = sorted(lst)
    b = sorted(lst, reverse=True)
    lst.sort(key=lambda v: (v % 3, v))
    return a, b, lst


lst = build(10)
print(lst)
print(mutate(lst))
print(sort_both(build(8)))
print(len(lst), 3 in lst, 42 in lst, max(lst), min(lst), sum(lst))
