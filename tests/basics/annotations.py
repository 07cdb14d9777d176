def f(a: int, b: str = "x", *args: tuple, c: float = 1.0, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f(1))
x: int = 5
y: list
print(x)
class C:
    attr: int = 3
    other: str
    def m(self) -> "C":
        return self
print(C.attr, C().m().attr)
def g() -> None:
    v: int = 1
    w: str
    return v
print(g())
try:
    y
except NameError:
    print("y not bound")
