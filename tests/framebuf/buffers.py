import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

import array

ba = bytearray(8)
fb = framebuf.FrameBuffer(ba, 8, 8, framebuf.MONO_VLSB)
fb.pixel(2, 3, 1)
print(ba)
arr = array.array("H", [0] * 4)
fb2 = framebuf.FrameBuffer(arr, 2, 2, framebuf.RGB565)
fb2.fill(0xBEEF)
fb2.pixel(1, 1, 0x1234)
print(arr)
big = bytearray(12)
mv = memoryview(big)[2:10]
fb3 = framebuf.FrameBuffer(mv, 4, 2, framebuf.GS8)
fb3.fill(7)
fb3.pixel(3, 1, 9)
print(big)
print(bytes(fb3), bytes(memoryview(fb)))
fb4 = framebuf.FrameBuffer(fb3, 2, 2, framebuf.GS8)
fb4.fill(1)
print(big)
