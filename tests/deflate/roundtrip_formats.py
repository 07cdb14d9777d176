# What each format writes, each reads back; AUTO reads zlib and gzip but not raw.
import deflate, io

data = b"round and round the garden, " * 10 + bytes(range(256))
for wf in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
    b = io.BytesIO()
    with deflate.DeflateIO(b, wf, 10) as d:
        d.write(data)
    for rf in (deflate.AUTO, deflate.RAW, deflate.ZLIB, deflate.GZIP):
        try:
            back = deflate.DeflateIO(io.BytesIO(b.getvalue()), rf, 10).read()
            print(wf, rf, back == data)
        except OSError as e:
            print(wf, rf, "OSError", e)
