# oracle: unix
# select.poll on sys.stdin (here /dev/null: always readable and writable, at end of input).
import select
import sys

p = select.poll()
print(p)
p.register(sys.stdin)
print([(o is sys.stdin, e) for o, e in p.poll(0)])
p.modify(sys.stdin, select.POLLIN)
print([(o is sys.stdin, e) for o, e in p.poll(1000)])
print(repr(sys.stdin.read()))
for o, e in p.ipoll(0):
    print(o is sys.stdin, e)
p.modify(sys.stdin, select.POLLOUT)
print([(o is sys.stdin, e) for o, e in p.poll()])
p.modify(sys.stdin, 0)
print(p.poll(0))
p.unregister(sys.stdin)
print(p.poll(0))
try:
    p.modify(sys.stdin, select.POLLIN)
except OSError as e:
    print("OSError", e.errno)
p.unregister(sys.stdin)
