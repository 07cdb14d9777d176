z = complex(3, 4)
print(abs(z), z * z.conjugate() if hasattr(z, "conjugate") else (25 + 0j))
print(z ** 2, z ** 0, z ** -1, z / 2, z // 1 if False else "no floordiv")
try:
    z // 2
except TypeError as e:
    print("TypeError", e)
try:
    z % 2
except TypeError as e:
    print("TypeError", e)
print(complex(2, 0) ** 0.5, (-1 + 0j) ** 0.5)
