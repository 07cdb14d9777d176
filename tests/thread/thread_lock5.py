# oracle: unix
# A lock held by the main thread blocks a worker until it is released (a handshake).
import _thread

start = _thread.allocate_lock()
finish = _thread.allocate_lock()
log = []

start.acquire()
finish.acquire()


def worker():
    start.acquire()  # blocks until main releases it
    log.append("worker ran")
    finish.release()


_thread.start_new_thread(worker, ())
for i in range(1000):
    pass
log.append("main released")
start.release()
finish.acquire()  # blocks until the worker is done
print(log)
