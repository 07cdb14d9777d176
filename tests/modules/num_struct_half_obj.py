# struct: the half-float 'e' (MicroPython's software encoder, quirks included), 'O' objects,
# '=' is a bad typecode, and the value types each code accepts.
import struct

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in (1.5, 65504.0, 65519.99, 65520.0, -65520.0, 1e6, 2**70, 1e-8, 5.96e-8,
          2.9802322387695312e-08, 6.097555160522461e-05, 1.00048828125, 1.00146484375, 0.1,
          -0.0, float('inf'), float('nan')):
    print(v, struct.pack('<e', v), struct.pack('>e', v))
for b in (b'\x00\x3c', b'\x00\x7c', b'\x01\x00', b'\xff\x03', b'\x00\xfc', b'\xff\x7b'):
    print(b, struct.unpack('<e', b))
for fmt in ('e', 'O', 'P', '@bO', '<bO', '@be', '!be', '=bq', '@bq', '3s2x', 'Z'):
    show(lambda: struct.calcsize(fmt))
show(lambda: struct.pack('<O', 5))
show(lambda: struct.pack('<O', -5))
obj = ['x']
show(lambda: struct.unpack('<OO', struct.pack('<OO', obj, 7))[0] is obj)
show(lambda: struct.pack('<f', 2**70))
show(lambda: struct.pack('<d', '1'))
show(lambda: struct.pack('<b', 1.5))
show(lambda: struct.pack('<i', 'a'))
show(lambda: struct.pack('3s', 'abc'))
show(lambda: struct.pack('4s', 'é'))
show(lambda: struct.pack('<q', 2**64 + 3))
show(lambda: struct.pack('<B', -1))
