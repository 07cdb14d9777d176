from .. import sub
from . import LEVEL
def where():
    return "deep at level %d, sibling %s" % (LEVEL, sub.name())
