# oracle: unix, strip-native
import micropython


class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.swallow


@micropython.native
def basic():
    with Ctx("a") as v:
        print("body", v)
    return "done"


@micropython.native
def nested():
    with Ctx("outer"), Ctx("inner") as w:
        print("body", w)


@micropython.native
def swallowing():
    with Ctx("s", True):
        raise ValueError("lost")
    return "after"


@micropython.native
def propagating():
    try:
        with Ctx("p"):
            raise KeyError("kept")
    except KeyError as e:
        return "caught %r" % e


@micropython.native
def return_inside():
    with Ctx("r"):
        return "returned"


print(basic())
nested()
print(swallowing())
print(propagating())
print(return_inside())
