# oracle: unix, strip-native
import micropython


class Base(Exception):
    def __init__(self, code, msg="?"):
        super().__init__(code, msg)
        self.code = code


class Sub(Base):
    def describe(self):
        return "Sub<%d>" % self.code


@micropython.native
def fail(kind):
    if kind == "base":
        raise Base(1)
    if kind == "sub":
        raise Sub(2, "two")
    return kind


@micropython.native
def handle(kind):
    try:
        return fail(kind)
    except Sub as e:
        return e.describe(), e.args
    except Base as e:
        return "Base", e.code, e.args


print(handle("ok"), handle("base"), handle("sub"))
print(issubclass(Sub, Exception), isinstance(Sub(0), Base))
