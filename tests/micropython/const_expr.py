from micropython import const
A = const(3)
B = const(A + 4)
C = const(-B)
D = const(~A & 0xFF)
E = const(A * B // 2)
F = const((A << 8) | B)
print(A, B, C, D, E, F)
T = const((1, 2, 3))
S = const("text")
print(T, S)
class Cls:
    X = const(11)
    def get(self):
        return self.X
print(Cls().get(), Cls.X)
