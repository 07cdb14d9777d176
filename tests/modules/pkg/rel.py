from .sub import name
from . import INIT_VALUE
from .nested import deep
def combined():
    return "%s | %s | %s" % (name(), INIT_VALUE, deep.where())
