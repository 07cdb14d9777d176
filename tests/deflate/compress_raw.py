# RAW and AUTO write the bare DEFLATE stream.
import deflate, io

for fmt in (deflate.RAW, deflate.AUTO):
    b = io.BytesIO()
    with deflate.DeflateIO(b, fmt) as d:
        d.write(b"the quick brown fox jumps over the lazy dog " * 3)
    print(fmt, len(b.getvalue()), b.getvalue())
