import framebuf

print([n for n in sorted(dir(framebuf)) if not n.startswith("_")])
print([n for n in sorted(dir(framebuf.FrameBuffer)) if not n.startswith("_")])
for n in ("MONO_VLSB", "MVLSB", "RGB565", "GS2_HMSB", "GS4_HMSB", "GS8", "MONO_HLSB", "MONO_HMSB"):
    print(n, getattr(framebuf, n))
print(framebuf.FrameBuffer, type(framebuf.FrameBuffer(bytearray(1), 1, 1, framebuf.GS8)))
print(framebuf.__name__)
