# oracle: skip
# expected: the WebAssembly reference's output, plus the traceback for the two calls without
# exc_info: that build lacks sys.exc_info, the unix port (which upy follows) has it, and logging
# then reports the exception being handled, in the same form as the exc_info=e call.
# exception(): an ERROR message, then the traceback of the exception as a second ERROR message.
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
