# urlsafe_b64encode swaps +/ for -_; micropython-lib's urlsafe_b64decode is not implemented
import base64

for data in (b"\xfb\xff", b"\xff\xfe\xfd\xfc", b"subjects?_d", bytes(range(250, 256))):
    print(base64.urlsafe_b64encode(data), base64.b64encode(data))
try:
    base64.urlsafe_b64decode(b"-_-_")
except NotImplementedError:
    print("NotImplementedError")
