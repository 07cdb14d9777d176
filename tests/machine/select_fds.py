# oracle: unix
# poll on descriptors: fd 0 is stdin; a closed one reports POLLNVAL (32); negatives and objects
# that are not streams are refused.
import select
import sys

p = select.poll()
p.register(0, select.POLLIN)
print(p.poll(0))
p.register(sys.stdin.buffer, select.POLLIN)
print(len(p.poll(0)))
q = select.poll()
q.register(99)
print(q.poll(0))
for bad in (-1, "x", object(), 1.5):
    try:
        q.register(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
