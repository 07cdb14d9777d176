# oracle: unix
# Many threads increment a shared counter, each increment under a lock.
import _thread

lock = _thread.allocate_lock()
n_thread = 6
n_finished = 0
count = 0


def thread_entry(idx):
    global n_finished, count
    for i in range(500):
        lock.acquire()
        count += 1
        lock.release()
    with lock:
        n_finished += 1


for i in range(n_thread):
    _thread.start_new_thread(thread_entry, (i,))

while n_finished < n_thread:
    pass
print(count)
