m = memoryview(b"readonly")
print(m[0])
m[0] = 1
