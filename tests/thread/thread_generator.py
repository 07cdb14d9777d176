# oracle: unix
# Generators created and iterated inside threads.
import _thread

lock = _thread.allocate_lock()
out = []


def squares(n):
    for i in range(n):
        yield i * i


def thread_entry(n):
    total = sum(squares(n))
    evens = [x for x in squares(n) if x % 2 == 0]
    with lock:
        out.append((n, total, len(evens)))


for n in (10, 20, 30):
    _thread.start_new_thread(thread_entry, (n,))
while len(out) < 3:
    pass
print(sorted(out))
