import framebuf


def show(buf, w):
    for i in range(0, len(buf), w):
        print(buf[i : i + w].hex())
    print("--")

import array

buf = bytearray(16 * 12)
fb = framebuf.FrameBuffer(buf, 16, 12, framebuf.GS8)
tri = array.array("h", [0, 0, 10, 4, 2, 10])
fb.poly(2, 1, tri, 1)
show(buf, 16)
fb.fill(0)
fb.poly(2, 1, tri, 2, True)
show(buf, 16)
fb.fill(0)
star = array.array("b", [7, 0, 9, 4, 14, 5, 10, 8, 11, 11, 7, 9, 3, 11, 4, 8, 0, 5, 5, 4])
fb.poly(0, 0, star, 3, True)
show(buf, 16)
fb.fill(0)
fb.poly(-3, -2, bytes([0, 0, 8, 0, 8, 6, 0, 6, 5]), 4, True)
fb.poly(4, 4, array.array("i", [0, 0, 6, 0, 3, 3]), 5)
fb.poly(0, 0, array.array("h"), 6, True)
fb.poly(1, 1, array.array("h", [3, 3]), 7, True)
show(buf, 16)
