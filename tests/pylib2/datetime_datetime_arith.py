# datetime arithmetic across days, months, years and time zones
from datetime import datetime, timedelta, timezone

d = datetime(2023, 12, 31, 23, 59, 59, 999999)
print(d + timedelta(microseconds=1), d + timedelta(days=60), d - timedelta(days=365))
print(timedelta(hours=1) + d, d - timedelta(microseconds=-2))
print(repr(datetime(2024, 3, 1) - datetime(2024, 2, 1)), repr(d - datetime(2023, 1, 1)))
print(repr(datetime(2024, 1, 1) - datetime(2024, 1, 1, 0, 0, 1)))
a = datetime(2020, 6, 1, 12, tzinfo=timezone(timedelta(hours=2)))
b = datetime(2020, 6, 1, 10, tzinfo=timezone.utc)
print(a == b, a - b, a < b, a >= b, repr(a - datetime(2020, 6, 1, tzinfo=timezone.utc)))
print(a + timedelta(hours=12), (a + timedelta(hours=12)).tzinfo)
n = datetime(2020, 6, 1, 10)
print(n == b, n != b)
try:
    n - b
except TypeError:
    print("TypeError")
try:
    n < b
except TypeError:
    print("TypeError")
try:
    n - 5
except TypeError:
    print("TypeError")
print(sorted([datetime(2020, 1, 2), datetime(2019, 5, 5), datetime(2020, 1, 1, 23)]))
print(hash(a) == hash(datetime(2020, 6, 1, 12, tzinfo=timezone(timedelta(hours=2)))))
