# load from BytesIO takes the bytes as UTF-8
import json, io
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.load, io.BytesIO(b'["\xe2\x82\xac", "\\u20ac"]'))
t(json.load, io.BytesIO(b'"\xff"'))
t(json.load, io.BytesIO(b"{}"))
