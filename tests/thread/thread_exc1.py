# oracle: unix
# Exceptions raised and caught inside threads.
import _thread

lock = _thread.allocate_lock()
caught = []
n_finished = 0


def thread_entry(k):
    global n_finished
    try:
        if k % 2:
            raise ValueError(k)
        {}[k]
    except ValueError as e:
        with lock:
            caught.append(("ValueError", e.args[0]))
    except KeyError as e:
        with lock:
            caught.append(("KeyError", e.args[0]))
    finally:
        with lock:
            n_finished += 1


for k in range(4):
    _thread.start_new_thread(thread_entry, (k,))
while n_finished < 4:
    pass
print(sorted(caught))
