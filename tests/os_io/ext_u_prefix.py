# oracle: unix
# u-prefixed names reach the built-in directly, ahead of any file on sys.path.
import sys

sys.path.insert(0, "_ext")
import time
import utime

print(hasattr(time, "extra"), hasattr(utime, "extra"), utime.__name__)
import uos
import os

print(uos is os, uos.__name__)
import ujson, ucollections, uerrno, uio, ustruct, ure, urandom, uselect, uheapq, ubinascii

for m in (ujson, ucollections, uerrno, uio, ustruct, ure, urandom, uselect, uheapq, ubinascii):
    print(m.__name__, end=" ")
print()
import usys

print(usys is sys)
for name in ("umath", "ugc", "umicropython", "ubuiltins", "uvfs", "ucmath"):
    try:
        __import__(name)
        print(name, "imported")
    except ImportError as e:
        print(e)
print(sorted(k for k in sys.modules if k.startswith("u")))
