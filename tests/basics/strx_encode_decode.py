# encode/decode round trips, encodings, errors arguments, invalid UTF-8
texts = ["", "ascii", "\u00e9", "\u4e2d\u6587", "\U0001F600", "\x00\x7f\x80\u07ff\u0800\uffff"]
for t in texts:
    b = t.encode()
    print(repr(t), b, len(b), b.decode() == t, str(b, "utf-8") == t, bytes(t, "utf8") == b, t.encode("ascii") if t.isspace() else "")
for enc in ["utf-8", "utf8", "ascii", "latin-1", "UTF-8", "bogus"]:
    try:
        print(enc, "\u00e9".encode(enc), b"\xc3\xa9".decode(enc))
    except Exception as e:
        print(enc, type(e).__name__, e)
for data in [b"\xff", b"\xc3", b"a\xc3\x28", b"\xe2\x82", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\x80", b"\xf8\x88\x80\x80\x80", b"ok"]:
    for args in [(), ("utf-8",), ("utf-8", "strict"), ("utf-8", "ignore"), ("utf-8", "replace")]:
        try:
            print(data, args, repr(data.decode(*args)))
        except Exception as e:
            print(data, args, type(e).__name__, e)
print(bytearray(b"\xc3\xa9").decode(), memoryview(b"abc")[1:].tobytes().decode() if hasattr(memoryview, "tobytes") else "")
for bad in [(1,), ("utf-8", 1), (None,)]:
    try:
        print("x".encode(*bad))
    except Exception as e:
        print(type(e).__name__, e)
