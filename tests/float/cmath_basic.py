import cmath
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.exp(1j * cmath.pi).real)
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(1j), cmath.rect(2, 0))
print(cmath.log(1), cmath.log(-1), cmath.log10(100))
print(cmath.sin(0), cmath.cos(0), cmath.pi == 3.141592653589793, cmath.e)
r, phi = cmath.polar(3 + 4j)
print(r, round(phi, 10))
print(cmath.sqrt(3 + 4j), cmath.exp(1 + 1j))
