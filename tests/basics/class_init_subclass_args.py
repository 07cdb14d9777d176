class Base:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw
class Sub(Base):
    def __init__(self, a, *rest, flag=False, **kw):
        super().__init__(a, *rest, **kw)
        self.flag = flag
s = Sub(1, 2, 3, flag=True, x=9)
print(s.args, s.kw, s.flag)
try:
    Sub()
except TypeError as e:
    print("TypeError", e)
