# astimezone, timestamp and fromtimestamp with explicit time zones
from datetime import datetime, timedelta, timezone

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), "IST")
d = datetime(2000, 1, 1, tzinfo=utc)
print(repr(datetime.EPOCH), d.timestamp())
print(d.astimezone(ist), d.astimezone(ist).tzname(), d.astimezone(utc) is d)
print(d.astimezone(ist).astimezone(timezone(timedelta(hours=-7))))
for ts in (0, 1, 86399.5, 1e9, 1234567890.25):
    print(ts, datetime.fromtimestamp(ts, utc), datetime.fromtimestamp(ts, ist))
x = datetime(2021, 6, 15, 8, 30, tzinfo=ist)
print(x.timestamp(), datetime.fromtimestamp(x.timestamp(), ist) == x)
print(ist.fromutc(datetime(2021, 1, 1, tzinfo=ist)))
print(datetime(2000, 1, 1, 12, tzinfo=timezone(timedelta(hours=1))).timetuple()[:8])
