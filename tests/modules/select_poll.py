# select: constants, poll objects with nothing ready, timeouts, modify/unregister errors.
import select

print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
p = select.poll()
print(type(p).__name__)
print(p.poll(0), p.poll(10))
print(list(p.ipoll(0)), list(p.ipoll(5, 1)))
try:
    p.modify(p, select.POLLIN)
except OSError as e:
    print("OSError", e.errno)
p.unregister(p)
print(select.select([], [], [], 0.01))
try:
    p.register(object())
except OSError as e:
    print(e)
