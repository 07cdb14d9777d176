a = 1 + 2j
b = 3 - 1j
print(a + 1, a * 1.5, 1 / a, a ** 2, a ** 0.5, abs(b))
print((2j) ** 2, (1 + 1j) * (1 - 1j), (1e300j) * 1e10)
print(complex(1, 2) == 1 + 2j, 1 + 0j == 1, hash(1 + 0j) == hash(1))
print(a.real + a.imag, type(a.real).__name__)
print([complex(i, -i) for i in range(3)])
print("{}".format(2 + 3j), str(-1 - 1j), repr(1.5 - 0.5j))
