# sys.path, sys.ps1 and sys.ps2 live outside sys.__dict__ (attribute delegation): dir() and
# attribute access see them, from sys import * does not.
# oracle: unix
import sys
print('path' in dir(sys), 'ps1' in dir(sys), 'path' in sys.__dict__)
print(sorted(sys.__dict__.keys()))
from sys import *
print('path' in globals(), 'ps1' in globals())
from sys import path
print(type(path))
sys.ps1 = "x"
print(sys.ps1)
try:
    del sys.ps1
    print("deleted")
except Exception as e:
    print(type(e).__name__, e)
try:
    print(sys.ps1)
except Exception as e:
    print(type(e).__name__, e)
sys.path = ["a"]
print(sys.path, 'path' in sys.__dict__)
try:
    sys.foo = 1
except Exception as e:
    print(type(e).__name__, e)
print(getattr(sys, 'ps2'))
print(hasattr(sys, 'path'))
