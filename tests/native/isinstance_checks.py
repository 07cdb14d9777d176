# oracle: unix, strip-native
import micropython


class Animal:
    pass


class Dog(Animal):
    pass


@micropython.native
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (str, bytes)):
        return "text"
    if isinstance(x, Animal):
        return "animal:" + type(x).__name__
    if callable(x):
        return "callable"
    return "other"


print([kind(v) for v in (True, 3, "s", b"b", Dog(), Animal(), len, 2.5, None)])
print(issubclass(Dog, Animal), issubclass(Animal, Dog), type(3) is int, type(kind).__name__ != "")
