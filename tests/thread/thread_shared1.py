# oracle: unix
# Threads read a shared object at the same time.
import _thread


def foo(i):
    pass


def thread_entry(n, tup):
    for i in tup:
        foo(i)
    with lock:
        global n_finished
        n_finished += 1


lock = _thread.allocate_lock()
n_thread = 4
n_finished = 0
tup = (1, 2, 3, 4)
_thread.start_new_thread(thread_entry, (100, tup))
for i in range(n_thread - 1):
    _thread.start_new_thread(thread_entry, (100, tup))

while n_finished < n_thread:
    pass
print(tup)
