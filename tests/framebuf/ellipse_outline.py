import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(20 * 16)
fb = framebuf.FrameBuffer(buf, 20, 16, framebuf.GS8)
fb.ellipse(9, 7, 8, 6, 1)
fb.ellipse(9, 7, 3, 5, 2)
fb.ellipse(9, 7, 0, 0, 3)
fb.ellipse(0, 0, 4, 2, 4)
fb.ellipse(18, 14, 0, 3, 5)
show(buf, 20)
