# complex numbers: construction, arithmetic, repr, errors
vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(3), complex(0, -0.0), complex(-0.0, 0.0), complex("1+2j"), complex(" -3.5j "), complex(2, 3)]
for z in vals:
    print(repr(z), z.real, z.imag, abs(z), z == z.real, z.conjugate() if hasattr(z, "conjugate") else None)
a = 3 + 4j
for b in (1 + 1j, 2, 0.5, -1j, True):
    print(a + b, a - b, a * b, a / b, b + a, b - a, b * a, a ** 2, a == b, a != b)
print(a ** 0.5, a ** -1, (1j) ** 2, 2 ** (1j), 0j ** 0, (1 + 1j) ** 3)
for s in ("1+j", "j", "1e2j", "inf+nanj", "(1+2j)", "1+2", "abc", "1 + 2j", ""):
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for src in ("a < 1j", "1j // 1", "1j % 2", "divmod(1j, 1)", "int(1j)", "float(1j)", "1j / 0", "0j ** -1", "complex('1', 2)", "complex(1j, 1j)"):
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
print(hash(1 + 0j) == hash(1), complex(True, False), bool(0j), bool(0.1j), {1j: 2}[1j])
