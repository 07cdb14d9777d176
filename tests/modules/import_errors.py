# oracle: allow-errors
try:
    import _definitely_missing_module
except ImportError as e:
    print("ImportError", e)
try:
    from _helper_mod import no_such_name
except ImportError as e:
    print("ImportError", e)
try:
    import pkg.missing_sub
except ImportError as e:
    print("ImportError", e)
print(issubclass(ImportError, Exception))
