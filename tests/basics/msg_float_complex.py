# Float and complex corner cases: 0 ** -inf, a base whose |z| underflows to 0, the sign of
# a zero base's imaginary part, division by a complex, str.format of bytes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


inf = float("inf")
t(lambda: False ** -inf)
t(lambda: 0 ** -inf)
t(lambda: 0.0 ** -inf)
t(lambda: -0.0 ** -inf)
t(lambda: 0.0 ** -1.0)
t(lambda: 0 ** -1)
t(lambda: float(memoryview(b"abc")))
t(lambda: float(memoryview(b"1.5")))

t(lambda: (-0j) ** 7)
t(lambda: (-0j) ** 2)
t(lambda: (-0j) ** 0)
t(lambda: (-0j) ** 2.5)
t(lambda: 0j ** 0)
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: complex(inf, 0) ** 0)
t(lambda: 1e-300 ** -1j)
t(lambda: 1e-200 ** 1j)
t(lambda: 1e-300j ** 2)
t(lambda: (2 + 3j) ** 0)
t(lambda: (2 + 3j) ** -2)
t(lambda: (1.5 - 2j) ** 3)

t(lambda: 10 / (2 + 3j))
t(lambda: (1 + 2j) / (3 + 4j))
t(lambda: (3 + 4j) / (1 + 2j))
t(lambda: (1e300 + 1e300j) / (1e300 + 1e300j))
t(lambda: 1 / (1e-200 + 1e-200j))
t(lambda: 1j / 2j)
t(lambda: 1j / 0j)
t(lambda: abs(2 + 3j))
t(lambda: abs(12345.678 + 0.001j))

t(lambda: "{:>5}".format(b"0a1f"))
t(lambda: "{:5}|".format(b"ab"))
t(lambda: "{:.2}".format(b"0a1f"))
t(lambda: "{:^7}|".format(b"xy"))
t(lambda: "{:s}".format(b"ab"))
t(lambda: "{}".format(b"ab"))
t(lambda: "{:5}".format(bytearray(b"ab")))
t(lambda: "{:d}".format(b"ab"))
t(lambda: "{:=5}".format(b"ab"))
