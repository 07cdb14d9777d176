# Reading again after an error goes on from the state the error left, as uzlib's does.
import deflate, io, gzip
g = gzip.compress(b'hello world'*5)
for cut in (15, 20, len(g) - 6, len(g) - 2):
    d = deflate.DeflateIO(io.BytesIO(g[:cut]))
    for i in range(3):
        try:
            print(cut, d.read())
        except Exception as e:
            print(cut, type(e).__name__, e)
b = io.BytesIO(b'x\x9d\x01\x02\x03\x04\x05\x06\x07\x08\x09')
d = deflate.DeflateIO(b)
for i in range(3):
    try:
        print(d.read(2))
    except Exception as e:
        print(type(e).__name__, e, len(b.read()))
