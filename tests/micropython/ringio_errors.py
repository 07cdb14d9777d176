# micropython.RingIO: constructor and method argument errors.
from micropython import RingIO


def e(f):
    try:
        print(f())
    except Exception as x:
        print(type(x).__name__, x)


r = RingIO(4)
e(lambda: RingIO())
e(lambda: RingIO(1, 2))
e(lambda: RingIO(0))
e(lambda: RingIO(bytearray(1)))
e(lambda: RingIO(65534).any())
e(lambda: RingIO(65535))
e(lambda: RingIO(bytearray(65535)).any())
e(lambda: RingIO(bytearray(65536)))
e(lambda: RingIO(None))
e(lambda: RingIO(2.5))
e(lambda: RingIO("x"))
e(lambda: RingIO(b"abc"))
e(lambda: r.write(123))
e(lambda: r.write())
e(lambda: r.read(None))
e(lambda: r.read("x"))
e(lambda: r.readline(None))
e(lambda: r.read(1, 2))
e(lambda: r.readinto(bytes(3)))
e(lambda: r.readinto(bytearray(2), -1))
e(lambda: list(r))
e(lambda: r.readlines())
e(lambda: sorted(n for n in dir(r) if not n.startswith("_")))
