# oracle: unix, strip-native
import micropython


@micropython.native
def checksum(buf):
    s = 0
    for b in buf:
        s = (s + b) & 0xFFFF
    return s


@micropython.native
def invert_in_place(buf):
    for i in range(len(buf)):
        buf[i] = 255 - buf[i]
    return buf


@micropython.native
def count_byte(buf, value):
    n = 0
    for i in range(len(buf)):
        if buf[i] == value:
            n += 1
    return n


data = bytearray(range(0, 250, 7))
print(checksum(data), checksum(b"hello world"))
print(invert_in_place(bytearray(b"\x00\x01\xfe\xff")))
print(count_byte(b"abracadabra", ord("a")))
