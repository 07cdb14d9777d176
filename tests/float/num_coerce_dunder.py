# Objects with __float__ / __complex__ / __int__ where MicroPython 1.27 reads a float,
# complex or int: math, cmath, complex(), float arithmetic, %-formatting, math.factorial.
import math
import cmath

class F:
    def __float__(self):
        return 2.5

class C:
    def __complex__(self):
        return 1 + 2j

class FI:
    def __float__(self):
        return 1.5
    def __int__(self):
        return 5
    def __index__(self):
        return 4

class X:
    def __index__(self):
        return 3

tests = [
    "math.sqrt(F())", "math.floor(F())", "math.ceil(FI())", "math.trunc(FI())",
    "math.isnan(F())", "math.copysign(F(), -1)", "math.ldexp(F(), 2)", "math.factorial(FI())",
    "math.factorial(X())", "math.ldexp(1.0, X())", "math.pow(F(), 2)",
    "cmath.sqrt(C())", "cmath.sqrt(F())", "cmath.phase(C())", "cmath.exp(FI())",
    "complex(F())", "complex(C())", "complex(FI())", "complex(1, C())", "complex(C(), 1)",
    "complex(1, 2j)", "complex(2j, 2j)", "float(F())", "float(C())", "int(FI())",
    "1.0 + F()", "F() * 2.0", "2j * F()", "F() - 1j", "divmod(F(), 1)", "abs(F())",
    "'%f' % F()", "'%d' % FI()", "'%x' % FI()", "'%e' % FI()", "'%c' % X()",
    "float(memoryview(b'1.5'))", "float(bytearray(b'2.5'))", "float(b' 3 ')",
]
for t in tests:
    try:
        r = repr(eval(t))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(t, '->', r)
