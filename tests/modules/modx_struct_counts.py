# struct: repeat counts: on numbers, s (a length), x (padding), 0 counts, big counts
import struct
for f in ("<3b", "<0b", "<10x", "<0s", "<1s", "<5s", "<2s2s", "<3xb", "<b3x", "<2h0s", "<20B", "<4sB", "<100s"):
    n = struct.calcsize(f)
    args = []
    i = 0
    num = ""
    for ch in f[1:]:
        if ch.isdigit():
            num += ch
            continue
        cnt = int(num) if num else 1
        num = ""
        if ch == "s":
            args.append(b"abcdefg"[:cnt])
        elif ch in "bBhH":
            args.extend(range(1, cnt + 1))
    try:
        p = struct.pack(f, *args)
        print(f, n, len(p), p[:16], struct.unpack(f, p)[:6])
    except Exception as e:
        print(f, n, type(e).__name__, e)
print(struct.pack("<3s", b"abcdef"), struct.pack("<6s", b"ab"), struct.pack("<s", b""))
print(struct.unpack("<2s3s", b"hello"))
print(struct.calcsize("<1000000x"))
