# bytes print as JSON strings, bytearray and memoryview as their repr
import json
print(json.dumps(b"abc"))
print(json.dumps(b"a\x01\n\""))
print(json.dumps(b"\xc3\xa9"))
print(json.dumps([b"", b"x"]))
print(json.dumps(bytearray(b"xy")))
print(json.dumps({b"k": b"v"}))
