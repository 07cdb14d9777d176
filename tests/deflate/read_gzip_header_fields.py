# Optional gzip header fields: extra data, file name, comment, header CRC (not checked).
import deflate, io, binascii, struct

body = b"\xcbH\xcd\xc9\xc9\x07\x00"  # "hello", raw
trailer = struct.pack("<II", binascii.crc32(b"hello"), 5)
for flags, fields in (
    (0, b""),
    (4, b"\x03\x00abc"),
    (8, b"name.txt\x00"),
    (16, b"a comment\x00"),
    (2, b"\x12\x34"),
    (30, b"\x01\x00zname\x00comment\x00\xff\xff"),
    (1, b""),
):
    s = b"\x1f\x8b\x08" + bytes([flags]) + b"\x00" * 4 + b"\x00\x03" + fields + body + trailer
    print(flags, deflate.DeflateIO(io.BytesIO(s), deflate.GZIP).read())
for flags in (0x20, 0x40, 0x80):
    s = b"\x1f\x8b\x08" + bytes([flags]) + b"\x00" * 6 + body + trailer
    try:
        deflate.DeflateIO(io.BytesIO(s)).read()
    except OSError as e:
        print(hex(flags), e)
