# Mistakes that raise through logging: a handler without a formatter, arguments that do not fit
# the message, a format with an unknown field.
import sys
import logging

log = logging.getLogger("e")
log.addHandler(logging.StreamHandler(sys.stdout))
try:
    log.warning("no formatter")
except AttributeError as e:
    sys.print_exception(e)
logging.basicConfig(stream=sys.stdout, format="%(nosuch)s")
try:
    logging.warning("x")
except KeyError as e:
    sys.print_exception(e)
try:
    logging.getLogger("f").error("%d items", "three")
except TypeError as e:
    sys.print_exception(e)
