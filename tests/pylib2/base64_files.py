# encode/decode between binary streams
import base64
import io

src = io.BytesIO(bytes(range(200)))
out = io.BytesIO()
base64.encode(src, out)
text = out.getvalue()
print(text)
back = io.BytesIO()
base64.decode(io.BytesIO(text), back)
print(back.getvalue() == bytes(range(200)))
empty = io.BytesIO()
base64.encode(io.BytesIO(b""), empty)
print(empty.getvalue())
base64.test()
