import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

# upy maps buffers into a simulated address space; addresses that hold no buffer fault.
buf = bytearray(4)
a = uctypes.addressof(buf)
t(lambda: uctypes.bytes_at(a, 4))
t(lambda: uctypes.struct(a, {"x": uctypes.UINT32 | 0}).x)
