calls = []
def trace(f):
    def wrapper(*args, **kwargs):
        calls.append(f.__name__)
        return f(*args, **kwargs)
    return wrapper
@trace
def square(x):
    return x * x
@trace
@trace
def twice(x):
    return x
print(square(4), twice(1), calls)
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
reg = []
@register(reg)
class A:
    pass
@register(reg)
class B:
    pass
print(reg)
class Holder:
    @staticmethod
    @trace
    def s():
        return "static traced"
print(Holder.s(), calls[-1])
