# oracle: unix
# Threads append to one list; the main thread sorts the result.
import _thread

lock = _thread.allocate_lock()
n_thread = 3
n_finished = 0
lst = []


def thread_entry(n, base):
    global n_finished
    for i in range(n):
        with lock:
            lst.append(base + i)
    with lock:
        n_finished += 1


for k in range(n_thread):
    _thread.start_new_thread(thread_entry, (20, 100 * k))

while n_finished < n_thread:
    pass
lst.sort()
print(len(lst), lst[:3], lst[-3:])
