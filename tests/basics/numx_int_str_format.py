# str/repr/format/%/hex/oct/bin of small and long, positive and negative ints
vals = [0, 1, -1, 255, -255, 2**31 - 1, -(2**31), 2**63, -(2**64) + 1, 12345678901234567890, -(10**25)]
for v in vals:
    print(str(v), hex(v), oct(v), bin(v) if abs(v) < 2**40 else len(bin(v)))
    print("  ", "{:d}|{:x}|{:X}|{:o}|{:b}".format(v, v, v, v, v if abs(v) < 2**20 else 7))
    print("  ", "{:>25}|{:<25}|{:^25}|{:+d}|{: d}|{:025d}".format(v, v, v, v, v, v))
    print("  ", "{:#x}|{:#o}|{:#b}|{:,}".format(v, v, v & 0xFF, v) if False else "{:#x}|{:#o}|{:#b}".format(v, v, v & 0xFF))
    print("  ", "%d|%i|%x|%X|%o|%10d|%-10d|%+d|%05d" % (v, v, v, v, v, v, v, v, v))
for spec in ("c", "e", "f", "g", "%", "s"):
    try:
        print(spec, ("{:" + spec + "}").format(65))
    except ValueError as e:
        print(spec, "ValueError", e)
print("%c%c" % (65, 0x263A), "%s %r" % (2**70, -5), "%x" % 2**70, "%#x %#o" % (255, 8))
for bad in ("%d", "%x"):
    try:
        print(bad % "a")
    except TypeError as e:
        print(bad, "TypeError", e)
