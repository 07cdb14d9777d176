import builtins
for name in ("input", "help", "open", "compile", "execfile", "memoryview", "property", "__import__", "__build_class__"):
    print(name, hasattr(builtins, name), callable(getattr(builtins, name, None)))
m = __import__("sys")
print(m.__name__)
