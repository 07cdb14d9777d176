# str() and isoformat() of timedelta, positive and negative, with and without days
from datetime import timedelta

for td in (
    timedelta(0),
    timedelta(seconds=1),
    timedelta(hours=10, minutes=5),
    timedelta(days=1),
    timedelta(days=2, hours=3, minutes=4, seconds=5),
    timedelta(microseconds=1),
    timedelta(milliseconds=123),
    timedelta(microseconds=-1),
    timedelta(days=-1, seconds=5),
    timedelta(hours=-1),
    timedelta(days=-3),
    timedelta(days=400, microseconds=5000),
):
    print(str(td), td.isoformat(), td.tuple())
