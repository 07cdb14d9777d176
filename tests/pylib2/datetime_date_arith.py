# date +/- timedelta, date - date, comparisons and hashing
from datetime import date, timedelta

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=59))
print(d + timedelta(hours=47), d + timedelta(days=366))
print(repr(date(2024, 3, 1) - date(2023, 3, 1)), repr(date(2000, 1, 1) - date(2000, 1, 2)))
print(d == date(2024, 2, 28), d == date(2024, 2, 29), d == 5, d != d)
print(d < date(2024, 3, 1), d > date(2024, 3, 1), d <= d, d >= date(1, 1, 1))
print(hash(d) == hash(date(2024, 2, 28)))
print(sorted([date(2020, 5, 5), date(2019, 1, 1), date(2020, 1, 1)]))
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))
