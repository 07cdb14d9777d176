import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(12 * 10)
fb = framebuf.FrameBuffer(buf, 12, 10, framebuf.GS8)
for i, (x1, y1, x2, y2) in enumerate([(0, 0, 11, 9), (11, 0, 0, 9), (0, 5, 11, 3), (3, 0, 5, 9), (2, 2, 2, 2), (-5, -5, 20, 14), (6, 9, 6, 0), (0, 8, 11, 8)]):
    fb.line(x1, y1, x2, y2, i + 1)
show(buf, 12)
