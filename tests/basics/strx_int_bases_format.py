# integers through every radix presentation with and without '#', sign and grouping
vals = [0, 1, -1, 7, 8, 15, 16, 255, 256, -256, 65535, 2**31 - 1, -2**31, 2**32, 2**63, -2**63 - 1, 10**20, -(10**25)]
for v in vals:
    print(v, "{:b}|{:o}|{:x}|{:X}|{:#b}|{:#o}|{:#x}|{:#X}".format(v, v, v, v, v, v, v, v))
    print("  ", "{:+}|{: }|{:,}|{:_}|{:_x}|{:_b}|{:>+12,}|{:#012x}".format(v, v, v, v, v, v, v, v))
    print("  ", "%d|%+d|% d|%x|%#X|%o|%#o|%012d|%-8x|" % (v, v, v, v, v, v, v, v, v))
    print("  ", str(v), repr(v), hex(v), oct(v), bin(v))
