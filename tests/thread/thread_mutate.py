# oracle: unix
# Lists, dicts, sets, bytearrays and instances mutated by several threads under a lock.
import _thread

lock = _thread.allocate_lock()
lst = []
dct = {}
st = set()
ba = bytearray()


class Obj:
    pass


obj = Obj()
n_finished = 0


def thread_entry(k):
    global n_finished
    for i in range(50):
        with lock:
            lst.append(k * 100 + i)
            dct[k * 100 + i] = i
            st.add(i)
            ba.append(k)
            setattr(obj, "a%d_%d" % (k, i), i)
    with lock:
        n_finished += 1


for k in range(4):
    _thread.start_new_thread(thread_entry, (k,))
while n_finished < 4:
    pass
print(len(lst), sum(lst), len(dct), sum(dct.values()), len(st), len(ba), sum(ba))
print(len([a for a in dir(obj) if a.startswith("a")]))
