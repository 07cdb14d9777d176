# == returns __eq__'s result as is; != negates its truth; user classes aren't reflexive.
class E:
    def __eq__(self, o):
        return "eq"
x = E()
print(E() == 1, 1 == E(), x == x, E() == None, None == E())
print("a" == E(), [] == E(), () == E(), {} == E(), 1.5 == E(), 2**70 == E())
print(E() != 1, 1 != E(), x != x)
print([E()] == [1], E() in [1], (E(),) == (1,))
class Z:
    def __eq__(self, o):
        return 0
print(Z() == 1, Z() != 1, Z() in [1])
class F:
    def __eq__(self, o):
        return False
f = F()
print(f == f, f in [f], f in (f,))
class Ne:
    def __ne__(self, o):
        return "ne"
print(Ne() != 1, 1 != Ne(), Ne() == 1)
class NI:
    def __eq__(self, o):
        return NotImplemented
n = NI()
print(NI() == 1, NI() != 1, n == n, n != n)
