import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(10 * 8)
fb = framebuf.FrameBuffer(buf, 10, 8, framebuf.GS8)
fb.rect(1, 1, 5, 4, 7)
fb.rect(6, 2, 3, 5, 9, True)
fb.rect(-2, -2, 4, 4, 1)
fb.rect(8, 6, 10, 10, 2, False)
fb.rect(0, 0, 0, 3, 5)
fb.rect(0, 0, 3, 1, 6, 1)
show(buf, 10)
