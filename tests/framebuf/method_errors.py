import framebuf

fb = framebuf.FrameBuffer(bytearray(8), 8, 8, framebuf.MONO_VLSB)


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))


t(lambda: fb.pixel(0, 0, 1, 2))
t(lambda: fb.pixel(0))
t(lambda: fb.pixel(9, 0, "x"))
t(lambda: fb.pixel(0, 0, "x"))
t(lambda: fb.fill(None))
t(lambda: fb.fill(1, 2))
t(lambda: fb.fill_rect(0, 0, 1, 1))
t(lambda: fb.fill_rect(0, 0, 1, 1, 1, 1))
t(lambda: fb.hline(0, 0, 1, 1, k=1))
t(lambda: fb.hline(0, 0, 1))
t(lambda: fb.vline(0, 0, 1, 1, 1))
t(lambda: fb.line(0, 0, 1, 1))
t(lambda: fb.rect(0, 0, 1, 1, 1, 1, 1))
t(lambda: fb.ellipse(0, 0, 1, 1))
t(lambda: fb.ellipse(0, 0, 1, 1, 1, 0, 0, 0))
t(lambda: fb.ellipse(0, 0, 1, 1.5, 1))
t(lambda: fb.poly(0, 0, [1, 2, 3], 1))
t(lambda: fb.poly(0, 0, b"", "x"))
t(lambda: fb.poly(0, 0, b"\x01\x02", "x"))
t(lambda: fb.poly(0, 0))
t(lambda: fb.scroll(1, 1, 1))
t(lambda: fb.scroll(1))
t(lambda: fb.text(1, 0, 0))
t(lambda: fb.text(bytearray(b"a"), 0, 0))
t(lambda: fb.text("ab", 0, 0, 1, 2))
t(lambda: fb.text("ab", 0))
t(lambda: fb.blit(1, 0, 0))
t(lambda: fb.blit(fb, 0, 0, -1, 5))
t(lambda: fb.blit(fb, 0, 0, 1, 2, 3))
t(lambda: fb.blit(fb, 0))
t(lambda: fb.width)
t(lambda: len(fb))
t(lambda: fb.pixel(2**40, 0))
print(bytes(fb))
