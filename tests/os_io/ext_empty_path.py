# oracle: unix, allow-errors
# An empty sys.path asks for built-ins: loaded modules from files are passed over.
import sys

saved = sys.path
sys.path = ["_ext"]
import _plain

print(_plain.NAME, "_plain" in sys.modules)
sys.path = []
try:
    import _plain as again

    print("imported", again)
except ImportError as e:
    print("ImportError:", e)
import json, os, sys as s2

print(json.__name__, os.__name__, s2 is sys)
sys.path = ()
try:
    import _nothing_here
except ImportError as e:
    print("ImportError:", e)
sys.path = saved
import _ext._plain as p2

print(p2.NAME, p2 is _plain)
