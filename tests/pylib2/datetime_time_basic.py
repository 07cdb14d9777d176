# time objects: fields, repr, isoformat with timespec, replace, comparison
from datetime import time, timezone, timedelta

t = time(13, 5, 7, 250)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(t.tuple(), bool(time(0)))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, t.isoformat(spec), time(1, 2).isoformat(spec))
print(time(), time(23, 59, 59, 999999), time.min, time.max, repr(time.resolution))
print(t.replace(hour=1), t.replace(microsecond=0), t.replace(fold=1).fold)
print(time(1) < time(2), time(1) == time(1), time(3) >= time(2, 59), time(0) != time(0, 0, 1))
tz = timezone(timedelta(hours=2))
z = time(10, 0, tzinfo=tz)
print(z, z.utcoffset(), z.tzname(), z.dst())
print(z == time(8, 0, tzinfo=timezone.utc), z < time(9, 0, tzinfo=timezone.utc))
print(z == time(10), t.utcoffset(), t.tzname(), t.dst())
try:
    print(z < time(10))
except TypeError:
    print("TypeError")
for args in ((24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000), (-1,)):
    try:
        time(*args)
    except ValueError:
        print("ValueError", args)
try:
    t.isoformat("nanoseconds")
except ValueError as e:
    print("ValueError", e)
