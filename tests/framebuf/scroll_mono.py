import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(2 * 8)
fb = framebuf.FrameBuffer(buf, 10, 8, framebuf.MONO_HLSB)
fb.text("A", 0, 0)
fb.scroll(2, 1)
show(buf, 2)
fb.scroll(-3, -2)
show(buf, 2)
