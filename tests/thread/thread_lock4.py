# oracle: unix
# A work queue guarded by a lock: workers take jobs until it is empty.
import _thread

lock = _thread.allocate_lock()
jobs = list(range(40))
done = []
n_workers = 4
n_finished = 0


def worker(name):
    global n_finished
    while True:
        with lock:
            if not jobs:
                n_finished += 1
                return
            job = jobs.pop()
        value = job * job
        with lock:
            done.append(value)


for i in range(n_workers):
    _thread.start_new_thread(worker, (i,))

while True:
    with lock:
        if n_finished == n_workers:
            break
print(len(done), sum(done), sorted(done) == [i * i for i in range(40)])
