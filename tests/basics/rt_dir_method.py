# dir() of an instance whose class defines __dir__ returns what __dir__ returns, as is.
class E:
    def __dir__(self):
        return ["b", "a"]


class T:
    def __dir__(self):
        return ("x",)


print(dir(E()))
print(dir(T()))
print("__dir__" in dir(E))
