import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

mono = bytearray(1 * 4)
m = framebuf.FrameBuffer(mono, 4, 4, framebuf.MONO_HLSB)
m.line(0, 0, 3, 3, 1)
m.hline(0, 3, 4, 1)
pal_buf = bytearray(4)
pal = framebuf.FrameBuffer(pal_buf, 2, 1, framebuf.RGB565)
pal.pixel(0, 0, 0x1234)
pal.pixel(1, 0, 0xF800)
buf = bytearray(6 * 5 * 2)
fb = framebuf.FrameBuffer(buf, 6, 5, framebuf.RGB565)
fb.fill(0x0101)
fb.blit(m, 1, 1, -1, pal)
show(buf, 12)
fb.fill(0)
fb.blit(m, 0, 0, 0x1234, pal)
show(buf, 12)
fb.fill(0)
fb.blit(m, 2, 0, 0, None)
show(buf, 12)
