# RAW streams need the window they were made with (the default is 2**8 bytes).
import deflate, io

RAW15 = b"\xf3,Q(O,V(\xc9HUHJ-.Q\xc8OS(\xc9\xccM-\xd6Q\xc8D\xc8\x94\xe7\x17\xe1\x92JLO\x05I\x94g\x16\xa7\xe4\xe7b\x93I\xcb\xcf\xcf\xc9,\xce\xc8K-.\xd6S\xf0\x1c\xb5m\xd46\x82\xb6\x01\x00"
for wbits in (0, 5, 7, 8, 9, 15):
    try:
        data = deflate.DeflateIO(io.BytesIO(RAW15), deflate.RAW, wbits).read()
        print(wbits, len(data), data[:30])
    except OSError as e:
        print(wbits, "OSError", e)
