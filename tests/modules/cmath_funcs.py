import cmath
for z in (1 + 1j, -1, 2j, 0.5 - 0.5j):
    print(z, cmath.sqrt(z), cmath.phase(z), abs(z))
print(cmath.exp(1j), cmath.log(1j), cmath.cos(1j), cmath.sin(1 + 1j))
print(cmath.polar(-2), cmath.rect(1, cmath.pi / 2))
