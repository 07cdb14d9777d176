def f():
    pass
class C:
    def m(self):
        pass
class WithCall:
    def __call__(self):
        return 1
print(callable(f), callable(C), callable(C()), callable(C().m), callable(WithCall()))
print(callable(print), callable(len), callable(1), callable("s"), callable(None), callable(lambda: 0))
print(callable(int), callable([].append), callable(type))
