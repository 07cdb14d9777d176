# ordinal <-> (y, m, d) over leap years and century boundaries, and weekdays
from datetime import date, timedelta

for y in (1, 4, 100, 200, 400, 1600, 1900, 2000, 2001, 2100, 2400):
    feb = date(y, 3, 1) - timedelta(days=1)
    print(y, feb, date(y, 12, 31).timetuple()[7], date(y, 1, 1).weekday())
n = date(1999, 12, 25).toordinal()
for i in range(12):
    x = date.fromordinal(n + i * 31)
    print(x, x.weekday(), x.isoweekday(), date(x.year, x.month, x.day).toordinal() - n)
