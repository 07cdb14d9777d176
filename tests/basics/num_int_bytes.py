# int.to_bytes / int.from_bytes and int() from buffers, as MicroPython 1.27 has them:
# to_bytes(length=1, byteorder='big', signed) positional only with `signed` ignored,
# from_bytes a classmethod that ignores `signed` and takes any buffer (str too).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: (5).to_bytes())
show(lambda: (5).to_bytes(3))
show(lambda: (-5).to_bytes(3, 'little'))
show(lambda: (128).to_bytes(1, 'big', True))
show(lambda: (255).to_bytes(1, 'big', True))
show(lambda: (256).to_bytes(1, 'big', True))
show(lambda: (-128).to_bytes(1))
show(lambda: (-129).to_bytes(1))
show(lambda: (-1).to_bytes(0))
show(lambda: (0).to_bytes(0))
show(lambda: (1).to_bytes(-1))
show(lambda: (1).to_bytes(2, 'middle'))
show(lambda: (1).to_bytes(2, byteorder='little'))
show(lambda: (1).to_bytes(2, 'big', False, 3))
show(lambda: (2**64 - 1).to_bytes(8, 'big', True))
show(lambda: (2**64).to_bytes(8))
# a negative long int must also fit its 16-bit digits into the buffer
for n in range(4, 11):
    for v in (-2**(8 * n - 1), -2**(8 * n - 1) - 1, -2**(8 * n - 8), -2**(8 * n - 8) - 1):
        try:
            r = v.to_bytes(n, 'little').hex()
        except OverflowError as e:
            r = str(e)
        print(n, v, r)
show(lambda: (1).to_bytes(2**31))

show(lambda: int.from_bytes(b'\xff\xff', 'little', True))
show(lambda: int.from_bytes(b'\x01\x02'))
show(lambda: int.from_bytes('ab', 'big'))
show(lambda: int.from_bytes(memoryview(b'\x01\x02'), 'little'))
show(lambda: int.from_bytes(bytearray(b'\xff' * 12), 'big', True))
show(lambda: int.from_bytes([1, 2], 'big'))
show(lambda: int.from_bytes(b'\x01', byteorder='big'))
show(lambda: int.from_bytes(b'\x01', 'big', True, 5))
show(lambda: (7).from_bytes(b'\x01\x00', 'little'))

show(lambda: int(memoryview(b'12')))
show(lambda: int(bytearray(b' 34 ')))
show(lambda: int(b'1_2'))
show(lambda: int(b'0x1f', 16))
show(lambda: int(bytearray(b'ff'), 16))
show(lambda: int(memoryview(b'12'), 10))
show(lambda: int(12.5, 10))
show(lambda: int(None, 10))
show(lambda: int('0b101', 0))
show(lambda: int('0x_1f', 0))
show(lambda: int('017', 0))
show(lambda: int('12', 2.0))
