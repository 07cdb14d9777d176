# oracle: unix
# poll()/select() results come in the order of MicroPython's map of registered objects, which
# for int file descriptors is reproducible; unknown fds report POLLNVAL.
import socket, select

A = socket.getaddrinfo("127.0.0.1", 47397)[0][-1]
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.bind(A)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendto(b"a", A)
fd = r.fileno()
p = select.poll()
p.register(fd, select.POLLIN)
for bogus in (12345, 7777, 100, 64):
    p.register(bogus, select.POLLIN)
res = p.poll(1000)
print([(f if f != fd else "r", ev) for f, ev in res])
p.unregister(7777)
print([(f if f != fd else "r", ev) for f, ev in p.ipoll(0)])
r.close()
s.close()
