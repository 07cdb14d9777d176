# oracle: unix
# Threads creating many new strings and dict keys at once.
import _thread

lock = _thread.allocate_lock()
n_finished = 0
results = {}


def thread_entry(k):
    global n_finished
    d = {}
    for i in range(100):
        name = "key_%d_%d" % (k, i)
        d[name] = len(name)
    with lock:
        results[k] = sum(d.values())
        n_finished += 1


for k in range(4):
    _thread.start_new_thread(thread_entry, (k,))
while n_finished < 4:
    pass
print(sorted(results.items()))
