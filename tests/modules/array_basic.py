import array
a = array.array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1], a.typecode if hasattr(a, "typecode") else "i")
a.append(4)
a.extend([5, 6])
a.extend(array.array("i", [7]))
print(a, a[1:3], list(a))
a[0] = -100
print(a)
print(array.array("B", [1, 255]), array.array("b", [-1, 127]), array.array("f", [1.5]), array.array("d", [0.25]))
print(array.array("H"), array.array("q", [2 ** 40]), array.array("L", [2 ** 32 - 1]))
print(bytes(array.array("h", [1, -1])), array.array("I", b"\x01\x00\x00\x00"))
try:
    array.array("B", [256])
except OverflowError as e:
    print("OverflowError", e)
