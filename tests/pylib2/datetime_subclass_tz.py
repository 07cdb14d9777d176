# a tzinfo subclass with a daylight-saving rule, through fromutc and isoformat
from datetime import datetime, timedelta, tzinfo, timezone


class Zone(tzinfo):
    # UTC+1, plus one hour from April to September
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        return timedelta(hours=1) if 4 <= dt.month <= 9 else timedelta(0)

    def tzname(self, dt):
        return "SUMMER" if self.dst(dt) else "WINTER"


z = Zone()
for m in (1, 4, 9, 10):
    d = datetime(2022, m, 10, 12, tzinfo=z)
    print(d, d.tzname(), d.utcoffset(), d.dst(), d.isoformat())
    u = d.astimezone(timezone.utc)
    print(" utc", u, u.astimezone(z))
print(datetime.fromtimestamp(1_650_000_000, z))
