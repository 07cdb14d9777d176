# loads takes any buffer: bytes, bytearray, memoryview, array
import json, array
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.loads, b'{"a": [1, 2]}')
t(json.loads, bytearray(b"[true]"))
t(json.loads, memoryview(b"[1, 2, 3]")[3:6])
t(json.loads, array.array("b", [91, 49, 93]))
t(json.loads, b"")
t(json.loads, b"nul")
