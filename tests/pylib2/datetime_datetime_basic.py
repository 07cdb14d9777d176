# datetime construction, fields, repr, str, isoformat
from datetime import datetime, timezone, timedelta

d = datetime(2021, 3, 4, 5, 6, 7, 8)
print(d, repr(d))
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(d.tuple(), d.toordinal(), d.weekday(), d.isoweekday())
print(d.isoformat(), d.isoformat(" "), d.isoformat("_", "minutes"), d.isoformat(timespec="hours"))
print(d.date(), repr(d.time()), d.timetz())
z = datetime(2021, 3, 4, 5, 6, 7, tzinfo=timezone(timedelta(hours=-8), "PST"))
print(z, repr(z), z.utcoffset(), z.tzname(), z.dst())
print(z.isoformat(timespec="microseconds"), z.timetz())
print(d.utcoffset(), d.tzname(), d.dst())
print(datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999))
print(datetime(2020, 1, 1, fold=1).fold, repr(datetime(2020, 1, 1, fold=1)))
print(datetime.fromordinal(737790), datetime.combine(datetime(2020, 1, 1).date(), d.time()))
for args in ((2021, 2, 29), (2021, 1, 1, 24), (2021, 1, 1, 0, 0, 0, 0, None, 2)):
    try:
        datetime(*args[:8], fold=args[8] if len(args) > 8 else 0)
    except ValueError:
        print("ValueError", args)
