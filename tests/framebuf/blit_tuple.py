import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

buf = bytearray(6 * 4)
fb = framebuf.FrameBuffer(buf, 6, 4, framebuf.GS8)
fb.blit((b"\x01\x02\x03\x04", 2, 2, framebuf.GS8), 1, 1)
fb.blit([bytearray(b"\x05\x06\x07\x08\x09"), 2, 2, framebuf.GS8, 3], 3, 0)
show(buf, 6)
fb.fill(0)
fb.blit((b"\x81", 8, 1, framebuf.MONO_HLSB), 0, 3, 0, (b"\x00\x00\xaa\xaa", 2, 1, framebuf.RGB565))
show(buf, 6)
for bad in ((b"1", 1, 1), (b"", 1, 1, framebuf.GS8), 5, "abc", (b"1", 1, 1, 1, 1, 1)):
    try:
        fb.blit(bad, 0, 0)
    except Exception as e:
        print(type(e).__name__, e)
