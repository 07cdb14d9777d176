# replace on datetime: each field, tzinfo=None to drop the zone, fold, and bad values
from datetime import datetime, timezone, timedelta

d = datetime(2020, 2, 29, 1, 2, 3, 4, timezone.utc)
print(repr(d.replace()))
print(repr(d.replace(year=2024)), repr(d.replace(month=3, day=31)))
print(repr(d.replace(hour=23, minute=59, second=58, microsecond=999)))
print(repr(d.replace(tzinfo=None)), repr(d.replace(tzinfo=timezone(timedelta(hours=1)))))
print(repr(d.replace(fold=1)))
try:
    d.replace(year=2021)
except ValueError:
    print("ValueError")
