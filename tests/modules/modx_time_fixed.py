# oracle: unix
# time: gmtime/localtime/mktime of fixed values (epoch, leap days, far dates, negatives), and
# argument errors; ticks arithmetic helpers on fixed numbers
import time
for t in (0, 1, 59, 86399, 86400, 951782400, 951868800, 1234567890, 2**31 - 1, 2**31, 4102444800, 946684800, -1, -86400):
    try:
        print(t, time.gmtime(t))
    except Exception as e:
        print(t, type(e).__name__, e)
for tup in ((2000, 1, 1, 0, 0, 0, 0, 0), (1970, 1, 1, 0, 0, 0, 0, 0), (2024, 2, 29, 12, 30, 45, 0, 0), (2000, 13, 1, 0, 0, 0, 0, 0), (2000, 1, 32, 0, 0, 0, 0, 0), (2000, 0, 0, 0, 0, 0, 0, 0), (2000, 1, 1, 25, 61, 61, 0, 0), (2100, 3, 1, 0, 0, 0, 0, 0)):
    try:
        s = time.mktime(tup)
        print(tup[:6], type(s).__name__, time.localtime(s)[:6])
    except Exception as e:
        print(tup[:6], type(e).__name__, e)
for bad in ((2000, 1, 1), (2000, 1, 1, 0, 0, 0, 0, 0, 0, 0), "x", None, [2000, 1, 1, 0, 0, 0, 0, 0]):
    try:
        print(repr(bad), time.localtime(time.mktime(bad))[:6])
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
for bad in ("0", 1.5, None, 2**40, -1.5):
    try:
        print(repr(bad), time.gmtime(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
print(time.ticks_add(0, 5), time.ticks_diff(5, 0), time.ticks_diff(0, 5), time.ticks_add(2**29, 2**29 - 1))
print(time.ticks_diff(time.ticks_add(100, -200), 100), time.ticks_add(-1, 1))
print(len(time.localtime(0)), time.mktime(time.localtime(1234567890)), time.mktime(time.localtime(0)))
