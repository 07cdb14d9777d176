# oracle: unix, strip-native
import micropython


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


@micropython.native
def consume(it):
    out = []
    for x in it:
        out.append(x)
    return out


@micropython.native
def manual(iterable):
    it = iter(iterable)
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


print(consume(Countdown(4)))
print(manual("abc"), manual(Countdown(2)), manual([]))
print(list(zip(Countdown(3), "xyz")), next(iter([]), "default"))
