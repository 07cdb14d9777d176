import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(7 * 5)
fb = framebuf.FrameBuffer(buf, 7, 5, framebuf.GS8)
for i, (x, y, w, h) in enumerate([(-2, -2, 4, 4), (5, 3, 10, 10), (2, 1, 0, 3), (2, 1, 3, -1), (7, 0, 1, 1), (0, 5, 1, 1), (-10, 2, 100, 1), (3, -10, 1, 100)]):
    fb.fill_rect(x, y, w, h, i + 1)
show(buf, 7)
fb.fill(0)
fb.hline(-3, 0, 5, 1)
fb.hline(4, 4, 9, 2)
fb.vline(6, -2, 4, 3)
fb.vline(0, 3, 0, 4)
show(buf, 7)
