class T:
    def inst(self):
        return "inst", type(self).__name__
    @classmethod
    def cls(cls):
        return "cls", cls.__name__
    @staticmethod
    def stat():
        return "stat"
class U(T):
    pass
for obj in (T, T(), U, U()):
    print(obj.cls(), obj.stat())
print(T().inst(), U().inst(), T.inst(U()))
print(type(T.__dict__["cls"]).__name__, type(T.__dict__["stat"]).__name__)
