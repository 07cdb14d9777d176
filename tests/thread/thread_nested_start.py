# oracle: unix
# Threads that start threads.
import _thread

lock = _thread.allocate_lock()
out = []


def leaf(tag):
    with lock:
        out.append(tag)


def parent(k):
    for j in range(2):
        _thread.start_new_thread(leaf, ("%d.%d" % (k, j),))
    leaf(str(k))


for k in range(3):
    _thread.start_new_thread(parent, (k,))
while True:
    with lock:
        if len(out) == 9:
            break
print(sorted(out))
