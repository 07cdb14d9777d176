class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class Sub(MyError):
    pass
try:
    raise Sub(42, "deep")
except MyError as e:
    print(type(e).__name__, e.code, e, e.args)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithStr("ignored")
except Exception as e:
    print(e, repr(e.args))
class Plain(ValueError):
    pass
for exc in (Plain, Plain("p"), Plain(1, 2)):
    try:
        raise exc
    except ValueError as e:
        print("caught", repr(e))
try:
    raise MyError(1, "m")
except (Sub, KeyError):
    print("wrong")
except Exception as e:
    print("generic", e.code)
