# Runs longer than a match (258) and the 259-byte matches uzlib finds.
import deflate, io

for n in (3, 4, 258, 259, 260, 261, 262, 600, 1000):
    b = io.BytesIO()
    with deflate.DeflateIO(b, deflate.RAW, 15) as d:
        d.write(b"a" * n)
    print(n, b.getvalue())
