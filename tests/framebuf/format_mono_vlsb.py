import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

w, h = 8, 8
size = {"MONO_VLSB": w * ((h + 7) // 8), "MONO_HLSB": (w + 7) // 8 * h, "MONO_HMSB": (w + 7) // 8 * h,
        "GS2_HMSB": (w + 3) // 4 * h, "GS4_HMSB": (w + 1) // 2 * h, "GS8": w * h, "RGB565": w * h * 2}["MONO_VLSB"]
buf = bytearray(size)
fb = framebuf.FrameBuffer(buf, w, h, framebuf.MONO_VLSB)
fb.fill(0)
for i in range(min(w, h)):
    fb.pixel(i, i, 0x1234 + i * 0x1111)
fb.pixel(w - 1, 0, 3)
show(buf, 8)
print([fb.pixel(i, i) for i in range(min(w, h))], fb.pixel(w - 1, 0), fb.pixel(w, 0), fb.pixel(-1, 0))
fb.fill(0xffff)
show(buf, 8)
fb.fill(0)
fb.fill_rect(1, 1, 3, 2, 0xabcd)
fb.hline(0, h - 1, w, 2)
fb.vline(w - 2, 0, h, 1)
show(buf, 8)
