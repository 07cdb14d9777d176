import array
a = array.array("H", [1, 256, 65535])
raw = bytes(a)
print(raw, len(raw))
b = array.array("H", raw)
print(b, b == a)
c = array.array("i")
for v in (1, -1, 2 ** 31 - 1):
    c.append(v)
print(c, bytes(c)[:4])
