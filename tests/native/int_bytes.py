# oracle: unix, strip-native
import micropython


@micropython.native
def roundtrip(n, size, order):
    b = n.to_bytes(size, order)
    return b, int.from_bytes(b, order)


@micropython.native
def parse_ints(texts):
    return [int(t, 0) if t[:2] in ("0x", "0o", "0b") else int(t) for t in texts]


print(roundtrip(258, 2, "big"), roundtrip(258, 4, "little"))
print(roundtrip(0, 1, "big"))
print(parse_ints(["12", "0x1f", "0b101", "0o17", "-9"]))
print(int("zz", 36), int("  42 "), hex(255), bin(5), oct(8))
