import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(8 * 6)
fb = framebuf.FrameBuffer(buf, 8, 6, framebuf.GS8)
sbuf = bytearray(range(1, 10))
src = framebuf.FrameBuffer(sbuf, 3, 3, framebuf.GS8)
for x, y in ((0, 0), (6, 4), (-1, -1), (3, 2), (8, 0), (0, 6), (-3, 0), (0, -3), (-2, 3)):
    fb.fill(0)
    fb.blit(src, x, y)
    print(x, y)
    show(buf, 8)
fb.fill(0)
fb.blit(src, 2, 2, 5)
show(buf, 8)
