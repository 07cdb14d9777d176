# oracle: unix
# Lock basics: acquire/release/locked, non-blocking acquire, errors.
import _thread

lock = _thread.allocate_lock()
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(0))
print(lock.acquire(False))
print(lock.release())
print(lock.locked())
print(lock.acquire(1))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", repr(e))
try:
    lock.acquire("x")
except TypeError as e:
    print("TypeError:", e)
try:
    lock.acquire(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(lock.locked())
