# Message arguments: %-formatting with a tuple, one dict for %(key)s, none at all (a lone %
# stays), and objects formatted with %r.
import sys
import logging

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
logging.info("plain 100%")
logging.info("%s and %s", "this", "that")
logging.info("%(user)s logged in from %(host)s", {"user": "ann", "host": "box"})
logging.info("%r %5.2f %x", [1, "a"], 3.14159, 255)
logging.info("dict as a value: %s", {"k": 1}, "second")
logging.info(("not", "a", "string"))
logging.info(42)
