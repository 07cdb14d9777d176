# complex repr/str, real/imag signs, arithmetic with infinities and zeros
vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(1, 0), complex(0, 1), complex(-1, -1), complex(1.5, -2.25), complex(1e20, 1e-20), complex(float("inf"), 1), complex(1, float("nan")), complex(-float("inf"), -float("inf")), 1e16j, 123456789j]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, -z, +z, z * 0 if z == z else "nan")
print(complex(1, 2) * complex(3, 4), complex(1, 2) / complex(3, 4), (1 + 2j) ** 2, (1 + 2j) ** 0.5, abs(3 + 4j), abs(-5j))
print(1j * 1j, 1 / 1j, (1j) ** -2, 2 ** 1j == 2 ** complex(0, 1), (0j) ** 2, (2 + 0j) ** 3)
print(complex(1), complex(1.5), complex(True), complex(2**70), complex("3"), complex("-2.5-1j"), complex("1e3+1e-3j"))
print((1 + 2j) == (1 + 2j), (1 + 0j) == 1, (1 + 0j) == 1.0, 1j != 1, (1 + 2j) != (1 + 3j), 0j == 0, 0j == False)
for src in ("(1+2j) < (3+4j)", "abs('1j')", "complex(None)", "complex([1])", "(1+2j) % 1", "round(1j)", "1j ** 1j", "complex(1, 'a')"):
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
