# instances: __repr__ if defined, otherwise the native base's JSON form
import json
class R:
    def __repr__(self):
        return "<R>"
class L(list):
    pass
class LR(list):
    def __repr__(self):
        return "LR!"
class D(dict):
    pass
class T(tuple):
    pass
class S(str):
    pass
class I(int):
    pass
class F(float):
    pass
class N:
    def __repr__(self):
        return 42
print(json.dumps([R(), R()]))
print(json.dumps(L([1, None])))
print(json.dumps([LR([1])]))
print(json.dumps(D(a=[True])))
print(json.dumps(T((1, "x"))))
print(json.dumps(S("s\n")))
print(json.dumps({S("k"): 1}))
print(json.dumps([I(7), F(0.5)]))
print(json.dumps(N()))
