# Matches never span two write() calls, so the chunking shows in the output.
import deflate, io

data = b"abcdefgh" * 20
for chunk in (1, 3, 8, 50, 1000):
    b = io.BytesIO()
    with deflate.DeflateIO(b, deflate.RAW) as d:
        for i in range(0, len(data), chunk):
            d.write(data[i : i + chunk])
    print(chunk, len(b.getvalue()), b.getvalue()[:24])
