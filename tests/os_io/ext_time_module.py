# oracle: unix
# A time.py on sys.path extends the built-in time module (an extensible built-in).
import sys

sys.path.insert(0, "_ext")
import time

print(time.extra(), callable(time.sleep), callable(time.ticks_ms))
print(time.__name__, "time" in sys.modules, sys.modules["time"] is time)
b = time.builtin_module()
print(b is time, b.__name__, hasattr(b, "extra"))
print(time.sleep is b.sleep)
import time as again

print(again is time)
