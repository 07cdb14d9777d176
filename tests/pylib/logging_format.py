# basicConfig(format=...) and Formatter: name, levelname, message fields, %-style widths.
import sys
import logging

logging.basicConfig(stream=sys.stdout, format="[%(levelname)-8s] %(name)s: %(message)s")
logging.warning("root message")
log = logging.getLogger("net.http")
log.error("status %d for %s", 404, "/index")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s|%(message)s"))
log.addHandler(h)
log.critical("own handler only")
f = logging.Formatter()
print(f.fmt, f.datefmt, f.usesTime(), logging.Formatter("%(asctime)s").usesTime())
r = logging.LogRecord()
r.set("rec", logging.INFO, "hello")
print(r.name, r.levelno, r.levelname, r.message, r.asctime)
print(f.format(r))
print(logging.Formatter("%(levelname)s/%(name)s/%(message)s").format(r))
