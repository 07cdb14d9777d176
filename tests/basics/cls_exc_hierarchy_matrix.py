# issubclass over the builtin exception tree and what `except` catches
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError",
         "LookupError", "IndexError", "KeyError", "ValueError", "UnicodeError", "TypeError",
         "OSError", "RuntimeError", "NotImplementedError", "RecursionError" if False else "StopIteration",
         "GeneratorExit", "SystemExit", "KeyboardInterrupt", "AssertionError", "AttributeError",
         "NameError", "ImportError", "EOFError", "MemoryError", "SyntaxError", "IndentationError",
         "StopAsyncIteration"]
classes = []
for n in names:
    try:
        classes.append(eval(n))
    except NameError:
        print("missing", n)
for c in classes:
    parents = [p.__name__ for p in classes if p is not c and issubclass(c, p)]
    print(c.__name__, parents, c.__bases__[0].__name__ if c.__bases__ else None)
for c in classes:
    caught = []
    for h in (Exception, BaseException, LookupError, ArithmeticError, ValueError, OSError):
        try:
            raise c("x")
        except h:
            caught.append(h.__name__)
        except BaseException:
            pass
    print(c.__name__, caught)
print(issubclass(KeyError, (ValueError, LookupError)), issubclass(bool, Exception))
print(isinstance(KeyError(), LookupError), isinstance(KeyError, type))
try:
    issubclass(KeyError(), Exception)
except TypeError as e:
    print("TypeError", e)
