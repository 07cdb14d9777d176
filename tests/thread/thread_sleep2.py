# oracle: unix
# A sleeping main thread lets workers run to completion meanwhile.
import _thread
import time

lock = _thread.allocate_lock()
total = [0]


def worker(n):
    s = 0
    for i in range(n):
        s += i
    with lock:
        total[0] += s


for n in (100, 200, 300):
    _thread.start_new_thread(worker, (n,))
time.sleep(0.2)
print(total[0])
