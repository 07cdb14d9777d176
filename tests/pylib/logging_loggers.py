# getLogger: one logger per name, the root under None or "root"; loggers without handlers use
# the root's; the root logger is configured when first asked for.
import sys
import logging

a = logging.getLogger("a")
print(a is logging.getLogger("a"), a.name, a.level, a.handlers)
root = logging.getLogger()
print(root is logging.getLogger("root"), root.name, root.level, len(root.handlers))
print(type(root.handlers[0]).__name__, root.handlers[0].stream is sys.stderr)
logging.basicConfig(stream=sys.stdout)
print("second basicConfig ignored:", root.handlers[0].stream is sys.stderr)
fmt = "%(name)s:%(message)s"
logging.basicConfig(stream=sys.stdout, force=True, level=logging.INFO, format=fmt)
print(root.handlers[0].stream is sys.stdout, root.level)
a.info("a uses root's handler")
logging.getLogger("b.c").warning("dotted names are just names")
print(sorted(logging._loggers))
