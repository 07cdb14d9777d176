import framebuf
import array


def t(*args):
    try:
        fb = framebuf.FrameBuffer(*args)
        print("ok", fb)
    except Exception as e:
        print(type(e).__name__, repr(e.args))


t(bytearray(8), 8, 8, 99)
t(bytearray(8), 0, 8, 0)
t(bytearray(8), 8, 0, 0)
t(bytearray(8), 8, 8, 0, 4)
t(bytearray(7), 8, 8, 0)
t(bytearray(16), 8, 9, 0)
t(bytearray(15), 8, 9, 0)
t(bytearray(12), 4, 9, 0, 8)
t(bytearray(11), 4, 9, 0, 8)
t(b"12345678", 8, 8, 0)
t(memoryview(b"12345678"), 8, 8, 0)
t(memoryview(bytearray(8)), 8, 8, 0)
t(1, 8, 8, 0)
t(1, 8, 8, 99)
t(bytearray(8), 8, 8)
t(bytearray(8), 8, 8, 0, 8, 1)
t(bytearray(8), 8.0, 8, 0)
t(bytearray(80000), 70000, 1, framebuf.GS8)
t(bytearray(2 * 0x10000), 1, 2, framebuf.GS8, 0x10000)
t(bytearray(1), 1, 1, framebuf.RGB565)
t(bytearray(2), 1, 1, framebuf.RGB565)
t(bytearray(8), 8, 8, True)
t(array.array("H", [0] * 4), 8, 8, 0)
t(bytearray(4), 9, 3, framebuf.GS2_HMSB)
t(bytearray(9), 9, 3, framebuf.GS2_HMSB)
t(bytearray(14), 7, 4, framebuf.GS4_HMSB)
t(bytearray(16), 7, 4, framebuf.GS4_HMSB)
try:
    framebuf.FrameBuffer(bytearray(8), 8, 8, format=0)
except TypeError as e:
    print(e)
print(framebuf.FrameBuffer1(bytearray(8), 8, 8))
print(framebuf.FrameBuffer1(bytearray(16), 8, 8, 16))
for args in ((bytearray(8), 8), (bytearray(8), 8, 8, 8, 8)):
    try:
        framebuf.FrameBuffer1(*args)
    except TypeError as e:
        print(e)
