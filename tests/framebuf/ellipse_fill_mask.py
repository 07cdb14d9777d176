import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(16 * 12)
fb = framebuf.FrameBuffer(buf, 16, 12, framebuf.GS8)
for m in range(0, 17, 3):
    fb.fill(0)
    fb.ellipse(7, 5, 6, 4, 1, True, m)
    fb.ellipse(7, 5, 3, 3, 2, False, m)
    print("mask", m)
    show(buf, 16)
fb.fill(0)
fb.ellipse(7, 5, 0, 0, 9, True, 0)
fb.ellipse(7, 6, 0, 0, 9, True, 1)
show(buf, 16)
