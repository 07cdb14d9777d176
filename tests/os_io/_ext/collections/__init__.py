# A package shadowing the built-in collections and re-exporting it.
import sys

_p = sys.path
sys.path = []
from collections import *
sys.path = _p
del _p


class Counter(dict):
    def __init__(self, items=()):
        super().__init__()
        for x in items:
            self[x] = self.get(x, 0) + 1
