import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

for f, size, row in ((framebuf.MONO_HLSB, 2 * 8, 2), (framebuf.MONO_HMSB, 2 * 8, 2), (framebuf.GS4_HMSB, 8 * 8, 8), (framebuf.RGB565, 32 * 8, 32)):
    buf = bytearray(size)
    fb = framebuf.FrameBuffer(buf, 16, 8, f)
    fb.text("Q7", 0, 0, 0xF81F)
    show(buf, row)
