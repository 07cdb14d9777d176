import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(20 * 10)
fb = framebuf.FrameBuffer(buf, 20, 10, framebuf.GS8)
fb.text("Hi!", -3, 2, 5)
show(buf, 20)
fb.fill(0)
fb.text(b"ok", 8, -4, 7)
fb.text("a\x00b", 0, 5)
show(buf, 20)
fb.fill(0)
fb.text("\xe9\n", 2, 1, 9)
show(buf, 20)
print(fb.text("x", 0, 0))
