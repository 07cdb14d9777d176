import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

class Display(framebuf.FrameBuffer):
    def __init__(self, w, h):
        self.w = w
        self.buf = bytearray(w * h)
        super().__init__(self.buf, w, h, framebuf.GS8)

    def cross(self, c):
        self.line(0, 0, self.w - 1, self.w - 1, c)
        self.line(self.w - 1, 0, 0, self.w - 1, c)


d = Display(5, 5)
d.cross(3)
d.pixel(2, 0, 8)
show(d.buf, 5)
other = framebuf.FrameBuffer(bytearray(25), 5, 5, framebuf.GS8)
other.blit(d, 1, 1, 0)
show(bytes(other), 5)
print(isinstance(d, framebuf.FrameBuffer), d.pixel(2, 2))
