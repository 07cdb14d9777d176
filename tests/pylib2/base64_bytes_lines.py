# encodebytes splits into lines of 57 input bytes; decodebytes joins them back
import base64

print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
for n in (0, 1, 56, 57, 58, 114, 200):
    data = bytes(i * 7 % 256 for i in range(n))
    enc = base64.encodebytes(data)
    print(n, enc.count(b"\n"), len(enc), base64.decodebytes(enc) == data)
print(base64.encodebytes(b"Aladdin:open sesame"))
print(base64.decodebytes(b"QWxhZGRpbjpvcGVu\nIHNlc2FtZQ==\n"))
