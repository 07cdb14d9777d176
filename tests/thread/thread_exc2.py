# oracle: unix
# exit: 0
# An uncaught exception ends only its thread, reported on stderr with the callable's repr.
import _thread
import time

lock = _thread.allocate_lock()
lock.acquire()


class Entry:
    def __repr__(self):
        return "<Entry>"

    def __call__(self, n):
        lock.release()
        raise ValueError("thread failed", n)


_thread.start_new_thread(Entry(), (5,))
lock.acquire()
time.sleep(0.05)
print("main continues")
