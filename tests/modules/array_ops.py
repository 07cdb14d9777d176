import array
a = array.array("h", range(5))
b = array.array("h", [10, 20])
print(a + b, a == array.array("h", [0, 1, 2, 3, 4]))
a += b
print(a, len(a))
for x in array.array("b", [1, -2]):
    print("item", x)
c = array.array("B", b"abc")
print(c, c.decode() if hasattr(c, "decode") else bytes(c))
a[1:3] = array.array("h", [7, 8])
print(a)
try:
    array.array("z")
except ValueError as e:
    print("ValueError", e)
