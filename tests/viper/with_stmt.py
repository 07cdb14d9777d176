# oracle: unix
# requires: viper
import micropython


class Tracker:
    def __init__(self):
        self.events = []

    def __enter__(self):
        self.events.append("enter")
        return self

    def __exit__(self, *exc):
        self.events.append("exit")
        return False


@micropython.viper
def guarded(t, n: int) -> int:
    s = 0
    with t:
        for i in range(n):
            s += i
    return s


t = Tracker()
print(guarded(t, 5), t.events)
