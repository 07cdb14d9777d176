# zlib output is MicroPython's byte for byte: header for the window, fixed codes, Adler-32.
import deflate, io

for data in (b"", b"a", b"hello world", b"hello hello hello hello", bytes(range(40))):
    b = io.BytesIO()
    with deflate.DeflateIO(b, deflate.ZLIB) as d:
        d.write(data)
    print(data, b.getvalue())
