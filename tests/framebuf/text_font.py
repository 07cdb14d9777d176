import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(8)
fb = framebuf.FrameBuffer(buf, 8, 8, framebuf.MONO_VLSB)
for c in range(32, 128):
    fb.fill(0)
    fb.text(chr(c), 0, 0)
    print(c, buf.hex())
