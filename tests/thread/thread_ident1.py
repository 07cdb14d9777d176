# oracle: unix
# get_ident: an int, stable within a thread, distinct between threads, returned by start.
import _thread

lock = _thread.allocate_lock()
seen = []
main_ident = _thread.get_ident()
print(type(main_ident), main_ident == _thread.get_ident())


release = _thread.allocate_lock()
release.acquire()
n_done = 0


def thread_entry():
    global n_done
    a = _thread.get_ident()
    with lock:
        seen.append(a)
    # Stay alive until every thread has its ident: finished threads' idents may be reused.
    release.acquire()
    release.release()
    b = _thread.get_ident()
    with lock:
        n_done += a == b


started = [_thread.start_new_thread(thread_entry, ()) for _ in range(3)]
while True:
    with lock:
        if len(seen) == 3:
            break
release.release()
while True:
    with lock:
        if n_done == 3:
            break
print(len(set(seen)), main_ident in seen)
print(sorted(seen) == sorted(started))
print(_thread.get_ident() == main_ident)
