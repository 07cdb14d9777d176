# every builtin called with 0-4 positional arguments and with an unknown keyword: the arity errors
import builtins
names = ["abs", "all", "any", "bin", "bool", "bytearray", "bytes", "callable", "chr", "classmethod",
         "complex", "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter", "float",
         "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id", "int", "isinstance",
         "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next",
         "object", "oct", "ord", "pow", "print", "property", "range", "repr", "reversed", "round",
         "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type",
         "zip", "delattr", "compile", "callable"]
for n in names:
    f = getattr(builtins, n)
    row = []
    for k in range(5):
        try:
            f(*([()] * k))
            row.append("ok")
        except TypeError as e:
            msg = str(e)
            row.append(msg if "argument" in msg or "keyword" in msg else "T")
        except Exception as e:
            row.append(type(e).__name__)
    try:
        f(zz=1)
        row.append("kw ok")
    except TypeError as e:
        row.append("kw: " + str(e))
    except Exception as e:
        row.append("kw " + type(e).__name__)
    print(n, row)
