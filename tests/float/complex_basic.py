z = 3 + 4j
w = complex(1, -2)
print(z, w, z.real, z.imag, abs(z), type(z).__name__)
print(z + w, z - w, z * w, z / w, -z, +z, z == complex(3, 4), z != w)
print(1j * 1j, (1 + 1j) ** 2, 2 ** 1j if False else "skip", z * 2, 2.5 * z)
print(complex(), complex(2), complex(1.5, 0), complex("1+2j"), complex("3j"), complex(-0.0, -1))
print(repr(1j), repr(-1j), repr(1 + 0j), repr(complex(0, -0.0)), 0j)
print(z.conjugate() if hasattr(z, "conjugate") else "-")
try:
    z < w
except TypeError as e:
    print("TypeError", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
