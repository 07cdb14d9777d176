import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(2)
fb = framebuf.FrameBuffer(buf, 8, 2, framebuf.MONO_HMSB)
fb.pixel(0, 0, 2)
fb.pixel(1, 0, 256)
fb.pixel(2, 0, -1)
fb.pixel(3, 1, 1)
fb.pixel(3, 1, 0)
fb.hline(4, 1, 4, 5)
print(buf.hex(), [fb.pixel(x, 0) for x in range(8)])
rgb = bytearray(4)
fb = framebuf.FrameBuffer(rgb, 2, 1, framebuf.RGB565)
fb.pixel(0, 0, 0x12345)
fb.pixel(1, 0, -2)
print(rgb.hex(), fb.pixel(0, 0), fb.pixel(1, 0))
g = bytearray(2)
fb = framebuf.FrameBuffer(g, 2, 1, framebuf.GS8)
fb.fill(0x1FF)
fb.pixel(1, 0, -1)
print(g.hex(), fb.pixel(1, 0))
