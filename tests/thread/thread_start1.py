# oracle: unix
# Threads with positional and keyword arguments; the main thread waits under a lock.
import _thread

lock = _thread.allocate_lock()
results = []
n_finished = 0


def thread_entry(a, b, c=0, d=0):
    global n_finished
    with lock:
        results.append((a, b, c, d))
        n_finished += 1


ids = []
ids.append(_thread.start_new_thread(thread_entry, (1, 2)))
ids.append(_thread.start_new_thread(thread_entry, [3, 4]))
ids.append(_thread.start_new_thread(thread_entry, (5, 6), {"c": 7}))
ids.append(_thread.start_new_thread(thread_entry, (8,), {"b": 9, "d": 10}))
print([type(i) for i in ids])

while True:
    with lock:
        if n_finished == 4:
            break

print(sorted(results))
