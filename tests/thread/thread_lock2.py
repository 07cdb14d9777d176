# oracle: unix
# A lock as a context manager, also when the body raises.
import _thread

lock = _thread.allocate_lock()
with lock as x:
    print(x, lock.locked())
print(lock.locked())

try:
    with lock:
        print("in body", lock.locked())
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, lock.locked())

print(lock.__enter__(), lock.locked())
print(lock.__exit__(None, None, None), lock.locked())
