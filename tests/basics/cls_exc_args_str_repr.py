# exception args, str() and repr() for 0, 1, 2+ arguments across builtin classes
classes = [Exception, BaseException, ValueError, TypeError, KeyError, IndexError, OSError,
           RuntimeError, StopIteration, AttributeError, ZeroDivisionError, NotImplementedError,
           AssertionError, SystemExit, KeyboardInterrupt, GeneratorExit, ImportError, NameError,
           OverflowError, MemoryError, UnicodeError, LookupError, ArithmeticError, EOFError]
argsets = [(), ("msg",), (1,), ("a", 2), (None,), ("",), ([1, 2],), ((),)]
for cls in classes:
    row = []
    for args in argsets:
        e = cls(*args)
        row.append("%s|%s|%r" % (e.args, str(e), e))
    print(cls.__name__, " ; ".join(row))
e = ValueError("x", "y")
print(e.args[1], len(e.args), type(e.args).__name__)
try:
    e.args = ("new",)
    print(e.args)
except Exception as ex:
    print(type(ex).__name__, ex)
k = KeyError("key")
print(str(k), repr(k), str(KeyError(1)), str(KeyError()), str(KeyError("a", "b")))
print(str(OSError(2, "No such file")), OSError(2, "x").args, OSError(2, "x").errno)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).args, hasattr(SystemExit(), "code"))
print(repr(Exception("with 'quote'")), repr(Exception('dq"')), str(Exception("ü")))
