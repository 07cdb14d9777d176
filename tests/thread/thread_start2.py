# oracle: unix
# Bound methods, closures and lambdas as thread callables.
import _thread

lock = _thread.allocate_lock()
out = []


class Counter:
    def __init__(self, name):
        self.name = name
        self.total = 0

    def run(self, n):
        for i in range(n):
            self.total += i
        with lock:
            out.append((self.name, self.total))


def make(k):
    def inner():
        with lock:
            out.append(("closure", k * k))

    return inner


_thread.start_new_thread(Counter("a").run, (10,))
_thread.start_new_thread(Counter("b").run, (100,))
_thread.start_new_thread(make(7), ())
_thread.start_new_thread(lambda x: out.append(("lambda", x)), ("y",))

while len(out) < 4:
    pass
print(sorted(out))
