# date construction, fields, ordinals and ISO text
from datetime import date, MINYEAR, MAXYEAR

print(MINYEAR, MAXYEAR)
for y, m, d in ((1, 1, 1), (1970, 1, 1), (2000, 2, 29), (2023, 12, 31), (9999, 12, 31)):
    x = date(y, m, d)
    print(x, repr(x), x.year, x.month, x.day, x.toordinal(), x.weekday(), x.isoweekday())
    print(x.tuple(), x.timetuple(), x.isoformat())
print(date.min, date.max, repr(date.resolution))
print(date.fromordinal(1), date.fromordinal(738000), date.fromordinal(3652059))
print(date.fromisoformat("2021-07-04"), date.fromisoformat("1999-12-31T23:59"))
print(date(2024, 5, 17).replace(day=1), date(2024, 5, 17).replace(year=2020, month=2))
