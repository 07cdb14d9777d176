# The names logging provides, and the methods of its classes.
import logging


def public(names):
    return sorted(n for n in names if not n.startswith("__"))


print(public(dir(logging)))
for cls in (logging.Logger, logging.Handler, logging.StreamHandler, logging.Formatter):
    print(cls.__name__, public(dir(cls)))
print(logging._default_fmt, logging._default_datefmt)
