# timezone names, repr, equality and the abstract tzinfo
from datetime import timezone, timedelta, tzinfo

for off in (0, 1, -1, 5.5, -3.5, 23.99):
    tz = timezone(timedelta(hours=off))
    print(off, str(tz), repr(tz), tz.tzname(None), repr(tz.utcoffset(None)), tz.dst(None))
named = timezone(timedelta(hours=-5), "EST")
print(named, repr(named), named.tzname(None))
print(timezone.utc, repr(timezone.utc))
print(named == timezone(timedelta(hours=-5)), named == timezone.utc, named == 5)
print(hash(named) == hash(timezone(timedelta(hours=-5), "EST")))
print(timezone(timedelta(minutes=90)).isoformat(None), timezone(timedelta(seconds=-1)).isoformat(None))
for off in (timedelta(hours=24), timedelta(hours=-24), timedelta(days=2)):
    try:
        timezone(off)
    except ValueError:
        print("ValueError", off)
for m in ("tzname", "utcoffset", "dst"):
    try:
        getattr(tzinfo(), m)(None)
    except NotImplementedError:
        print("NotImplementedError", m)
