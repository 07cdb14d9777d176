# oracle: unix
# Deep-ish recursion in threads at the same time.
import _thread

lock = _thread.allocate_lock()
out = []


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def thread_entry(n):
    r = fib(n)
    with lock:
        out.append((n, r))


for n in (15, 18, 12):
    _thread.start_new_thread(thread_entry, (n,))
while len(out) < 3:
    pass
print(sorted(out))
