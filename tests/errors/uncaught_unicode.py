b = b"ok \xff"
print(b[:3].decode())
print(b.decode())
