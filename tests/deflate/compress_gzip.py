# gzip output: the fixed 10-byte header, then CRC-32 and length.
import deflate, io

for data in (b"x", b"abcabcabcabc", b"\x00" * 50, "unicode é".encode()):
    b = io.BytesIO()
    d = deflate.DeflateIO(b, deflate.GZIP)
    print(d.write(data))
    d.close()
    print(b.getvalue())
