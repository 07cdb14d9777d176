# oracle: unix
# _thread.exit() and SystemExit end a thread quietly; finally blocks still run.
import _thread

lock = _thread.allocate_lock()
log = []
n_finished = 0


def via_exit(tag):
    global n_finished
    try:
        with lock:
            log.append(tag + " start")
        _thread.exit()
        log.append("not reached")
    finally:
        with lock:
            n_finished += 1


def via_systemexit(tag):
    global n_finished
    try:
        raise SystemExit(3)
    finally:
        with lock:
            log.append(tag + " finally")
            n_finished += 1


_thread.start_new_thread(via_exit, ("a",))
_thread.start_new_thread(via_systemexit, ("b",))
while n_finished < 2:
    pass
print(sorted(log))
try:
    _thread.exit(1)
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
