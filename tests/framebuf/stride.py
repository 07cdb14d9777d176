import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(10 * 3)
fb = framebuf.FrameBuffer(buf, 4, 3, framebuf.GS8, 10)
fb.fill(5)
fb.pixel(3, 2, 9)
show(buf, 10)
buf = bytearray(2 * 4)
fb = framebuf.FrameBuffer(buf, 5, 4, framebuf.MONO_HLSB, 9)
fb.fill(1)
show(buf, 2)
buf = bytearray(4 * 16)
fb = framebuf.FrameBuffer(buf, 3, 16, framebuf.MONO_VLSB, 4)
fb.fill(1)
fb.pixel(1, 9, 0)
show(buf, 4)
buf = bytearray(3 * 2)
fb = framebuf.FrameBuffer(buf, 3, 2, framebuf.GS4_HMSB, 5)
fb.fill(0xA)
show(buf, 3)
buf = bytearray(6)
fb = framebuf.FrameBuffer(buf, 3, 2, framebuf.GS2_HMSB, 9)
fb.fill(2)
show(buf, 3)
