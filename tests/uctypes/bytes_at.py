import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(b"hello world!")
a = uctypes.addressof(buf)
print(uctypes.bytes_at(a, 5), uctypes.bytes_at(a + 6, 6), uctypes.bytes_at(a, 0))
ba = uctypes.bytearray_at(a + 6, 5)
print(ba)
ba[0] = ord("W")
print(buf)
b = uctypes.bytes_at(a, 5)
buf[0] = ord("J")
print(b, uctypes.bytes_at(a, 5))
print(uctypes.bytearray_at(a, 0), type(uctypes.bytearray_at(a, 1)))
t(lambda: uctypes.bytes_at(a))
