import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(5 * 3)
fb = framebuf.FrameBuffer(buf, 9, 3, framebuf.GS4_HMSB)
fb.fill(0x3)
fb.fill_rect(1, 0, 3, 2, 0x1C)
fb.fill_rect(4, 1, 4, 2, 0xE)
fb.pixel(8, 2, 0x5F)
show(buf, 5)
print([fb.pixel(x, 1) for x in range(9)])
