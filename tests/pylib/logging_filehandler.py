# FileHandler and basicConfig(filename=...): lines written to a file, closed by shutdown().
import os
import logging

NAME = "_logging_filehandler.log"
h = logging.FileHandler(NAME, mode="w")
h.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log = logging.getLogger("file")
log.addHandler(h)
log.warning("one")
log.error("two %d", 2)
h.close()
log.handlers.remove(h)
with open(NAME) as f:
    print(repr(f.read()))
# The root logger has a stderr handler already (made when "file" first checked its level).
logging.basicConfig(filename=NAME, format="%(name)s %(message)s", force=True)
logging.warning("via basicConfig")
logging.shutdown()
# sys.atexit runs shutdown() again at exit: a closed FileHandler would fail there (as on the
# unix port, where an exception in the exit function is fatal), so drop it now.
logging.getLogger().handlers.clear()
with open(NAME) as f:
    print(repr(f.read()))
os.remove(NAME)
