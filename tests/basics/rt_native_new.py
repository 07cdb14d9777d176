# oracle: unix (the WebAssembly build gives function types a constructor)
# Native types without a constructor can't be instantiated; object.__new__ wants a user class;
# unbound native methods check their self.
def f():
    pass


def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


class A:
    pass


class L(list):
    pass


t(lambda: type(f)())
t(lambda: type(f)(1, 2))
t(lambda: type(print)())
t(lambda: type(len)())
t(lambda: type(iter([]))())
t(lambda: type(A().__init__)())
t(lambda: object.__new__(int))
t(lambda: object.__new__(object))
t(lambda: object.__new__(1))
t(lambda: type(object.__new__(A)).__name__)
t(lambda: type(object.__new__(L)).__name__)
t(lambda: object())
t(lambda: list.append(1, 2))
t(lambda: str.upper(1))
t(lambda: dict.get(1, 2))
t(lambda: set.add(1, 2))
t(lambda: list.append())
t(lambda: str.join(1, ["a"]))
t(lambda: tuple.count([1], 1))
t(lambda: list.append(L(), 1))
t(lambda: str.upper("a"))
