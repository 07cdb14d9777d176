# exception(): an ERROR message, then the traceback of the exception given as exc_info as a
# second ERROR message (without sys.exc_info nothing more is known of the one being handled).
import sys
import logging

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
log = logging.getLogger("x")


def fail():
    raise ValueError("bad value")


try:
    fail()
except ValueError as e:
    log.exception("caught %s", "it", exc_info=e)
    log.exception("no exc_info")
    logging.exception("module level")
log.exception("outside", exc_info=False)
