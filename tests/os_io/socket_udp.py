# oracle: unix
# UDP sockets as the unix port has them: bind, sendto/recvfrom with sockaddr bytes, connect and
# send, truncation of a long datagram, MSG_PEEK, non-blocking and timed-out receives, poll,
# SO_BROADCAST, fileno() after close, errors.
import socket, select

A = socket.getaddrinfo("127.0.0.1", 47391)[0][-1]
B = socket.getaddrinfo("127.0.0.1", 47392)[0][-1]

r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
r.bind(A)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(B)
print(s.sendto(b"hello", A))
data, addr = r.recvfrom(100)
print(data, addr == B, type(addr).__name__)

# A datagram longer than the request is cut; the rest is gone.
s.sendto(b"0123456789", A)
print(r.recv(4))
s.sendto(b"next", A)
print(r.recv(100, socket.MSG_PEEK), r.recv(100))

# connect() fixes the destination of send().
s.connect(A)
print(s.send(b"via connect"))
print(r.recv(64))

# A reply to the sender's address.
r.sendto(b"pong", addr)
print(s.recv(10))

p = select.poll()
p.register(r, select.POLLIN)
print(p.poll(0))
s.send(b"x")
print([ev for _, ev in p.poll(1000)])
print(r.recv(1))

r.setblocking(False)
try:
    r.recv(10)
except OSError as e:
    print("non-blocking", e.errno)
r.settimeout(0.05)
try:
    r.recv(10)
except OSError as e:
    print("timeout", e.errno)

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u.send(b"nowhere")
except OSError as e:
    print("no destination", e.errno)
try:
    u.bind(socket.getaddrinfo("127.0.0.1", 47393)[0][-1])
except OSError as e:
    print("bound by send", e.errno)
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
v.bind(socket.getaddrinfo("127.0.0.1", 47393)[0][-1])
try:
    v.bind(socket.getaddrinfo("127.0.0.1", 47394)[0][-1])
except OSError as e:
    print("bind twice", e.errno)
try:
    v.listen(1)
except OSError as e:
    print("listen", e.errno)

for x in (r, s, u, v):
    x.close()
print(r.fileno(), s.fileno())
try:
    r.recv(1)
except OSError as e:
    print("closed", e.errno)
