import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(32 * 32 // 8)
fb = framebuf.FrameBuffer(buf, 32, 32, framebuf.MONO_VLSB)
fb.fill(0)
fb.rect(0, 0, 32, 32, 1)
fb.text("uPy", 4, 4)
fb.ellipse(16, 20, 10, 6, 1, True)
fb.line(0, 31, 31, 14, 0)
fb.scroll(1, 1)
show(buf, 32)
for y in range(32):
    print("".join("#" if fb.pixel(x, y) else "." for x in range(32)))
