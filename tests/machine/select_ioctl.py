# oracle: unix
# Objects with an ioctl(MP_STREAM_POLL=3, events) method are polled through it; registering
# asks for a file descriptor first (MP_STREAM_GET_FILENO=10).
import io
import select

# The unix port polls only io.IOBase subclasses
Base = getattr(io, "IOBase", object)


class Dev(Base):
    def __init__(self, ready):
        self.ready = ready
        self.calls = []

    def ioctl(self, req, arg):
        self.calls.append((req, arg))
        if req == 3:
            return self.ready & arg
        return -1


a = Dev(select.POLLIN)
b = Dev(select.POLLOUT)
c = Dev(0)
p = select.poll()
p.register(a, select.POLLIN)
p.register(b, select.POLLIN | select.POLLOUT)
p.register(c)
r = p.poll(0)
print([(o is a, o is b, e) for o, e in r])
print(a.calls, b.calls, c.calls)
print(p.poll(20) != [])
p.unregister(a)
p.unregister(b)
print(p.poll(10))
c.ready = select.POLLIN
print([(o is c, e) for o, e in p.ipoll(0)])
for o, e in p.ipoll(0, 1):
    print(o is c, e)
print(p.poll(0))
p.modify(c, select.POLLIN)
print(len(p.poll(0)))


class Err(Base):
    def ioctl(self, req, arg):
        return -22


p = select.poll()
p.register(Err())
try:
    p.poll(0)
except OSError as e:
    print("OSError", e.errno)


class NoFd(Base):
    def ioctl(self, req, arg):
        return None


try:
    select.poll().register(NoFd())
except TypeError as e:
    print("TypeError", e)


class Fd0(Base):
    def ioctl(self, req, arg):
        print("ioctl", req, arg)
        return 0


p = select.poll()
p.register(Fd0(), select.POLLIN)
print([e for o, e in p.poll(0)])
