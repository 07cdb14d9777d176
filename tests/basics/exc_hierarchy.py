pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (Exception, BaseException), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (GeneratorExit, Exception), (StopIteration, Exception), (OSError, Exception),
    (ImportError, Exception), (NotImplementedError, RuntimeError), (IndentationError, SyntaxError),
    (UnicodeError, ValueError), (AssertionError, Exception), (NameError, Exception),
    (StopAsyncIteration, Exception), (MemoryError, Exception), (EOFError, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
