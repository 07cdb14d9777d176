# oracle: unix
import binascii

for s in (
    b"",
    b"aGVsbG8=",
    b"aGVsbG8gd29ybGQ=",
    b"YQ==",
    b"YWI=",
    b"YWJj",
    b"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    b"//79/A==",
    b"aGVs\nbG8=\n",
    b" a G V s b G 8 = ",
    b"!!aGVsbG8=!!",
    b"YQ==YQ==",
    b"YWI==",
    b"YQ===",
):
    print(s, binascii.a2b_base64(s))
print(binascii.a2b_base64("aGVsbG8="))
print(binascii.a2b_base64("\u00e9YWJj"))
print(binascii.a2b_base64(bytearray(b"YWJj")))
print(binascii.a2b_base64(memoryview(b"..YWJj")[2:]))
