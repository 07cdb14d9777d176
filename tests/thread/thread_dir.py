# oracle: unix
# The module's names, the lock type and the argument checks of start_new_thread.
import _thread

print(dir(_thread))
print(_thread.__name__, _thread.LockType)
lock = _thread.allocate_lock()
print(lock, type(lock), type(lock) is _thread.LockType)
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError:", e)


def f(*args):
    pass


for bad in (1, "ab", None, {1: 2}):
    try:
        _thread.start_new_thread(f, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.start_new_thread(f, (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(f)
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(f, (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(f, (), kw={})
except TypeError as e:
    print("TypeError:", e)
