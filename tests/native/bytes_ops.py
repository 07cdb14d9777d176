# oracle: unix, strip-native
import micropython


@micropython.native
def to_hex(data):
    return "".join("%02x" % b for b in data)


@micropython.native
def xor_bytes(a, b):
    return bytes(x ^ y for x, y in zip(a, b))


@micropython.native
def edit(buf):
    buf[0] = 65
    buf.extend(b"!!")
    buf[1:3] = b"zz"
    return buf


print(to_hex(b"\x00\x10\xff"), to_hex(bytearray(b"AZ")))
print(xor_bytes(b"abc", b"\x01\x02\x03"))
print(edit(bytearray(b"hello")))
print(b"abc" + b"def", b"ab" * 3, b"a,b".split(b","), bytes(3), bytes([1, 2]))
print(b"hello".find(b"l"), b"x" in b"xyz", list(b"AB"), b"abc"[1])
