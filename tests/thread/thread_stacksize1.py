# oracle: unix
# stack_size() returns the previous setting; threads start with a custom size.
import _thread

print(_thread.stack_size())
print(_thread.stack_size(64 * 1024))
print(_thread.stack_size())
print(_thread.stack_size(0))
try:
    _thread.stack_size("big")
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.stack_size(1, 2)
except TypeError as e:
    print("TypeError:", e)

lock = _thread.allocate_lock()
out = []
_thread.stack_size(32 * 1024)


def thread_entry(n):
    with lock:
        out.append(n)


for i in range(3):
    _thread.start_new_thread(thread_entry, (i,))
_thread.stack_size(0)
while len(out) < 3:
    pass
print(sorted(out))
