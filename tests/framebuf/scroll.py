import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(6 * 5)
fb = framebuf.FrameBuffer(buf, 6, 5, framebuf.GS8)
def reset():
    for y in range(5):
        for x in range(6):
            fb.pixel(x, y, y * 16 + x)
for dx, dy in ((1, 0), (-2, 0), (0, 1), (0, -3), (2, 2), (-1, -1), (6, 0), (-6, 0), (0, 5), (10, -10), (0, 0)):
    reset()
    fb.scroll(dx, dy)
    print(dx, dy)
    show(buf, 6)
