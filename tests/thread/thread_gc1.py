# oracle: unix
# gc.collect() from threads while others allocate.
import _thread
import gc

lock = _thread.allocate_lock()
n_finished = 0
sizes = []


def thread_entry(n):
    global n_finished
    data = []
    for i in range(n):
        data.append([i] * 10)
        if i % 50 == 0:
            gc.collect()
    with lock:
        sizes.append(sum(len(d) for d in data))
        n_finished += 1


for n in (100, 200, 300):
    _thread.start_new_thread(thread_entry, (n,))
while n_finished < 3:
    pass
print(sorted(sizes))
