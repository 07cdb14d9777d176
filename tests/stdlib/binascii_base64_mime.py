# oracle: unix
# Multi-line base64 text (as in e-mail or PEM files) decodes with its line breaks ignored.
import binascii

text = b"".join(binascii.b2a_base64(bytes(range(i, i + 45))) for i in range(0, 180, 45))
print(text)
decoded = binascii.a2b_base64(text)
print(decoded == bytes(range(180)), len(decoded))
pem = """-----BEGIN DATA-----
SGVsbG8s
IFdvcmxk
IQ==
-----END DATA-----"""
body = "".join(pem.split("\n")[1:-1])
print(binascii.a2b_base64(body))
print(binascii.a2b_base64(pem.replace("-----BEGIN DATA-----", "").replace("-----END DATA-----", "")))
