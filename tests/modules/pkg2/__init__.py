from .util import helper
VERSION = (0, 1)
