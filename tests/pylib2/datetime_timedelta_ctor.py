# timedelta construction: every unit folds into microseconds, floats round
from datetime import timedelta

for kw in (
    {},
    {"days": 1},
    {"seconds": 90},
    {"microseconds": 1500},
    {"milliseconds": 2.5},
    {"minutes": -1},
    {"hours": 36},
    {"weeks": 2, "days": -3},
    {"seconds": 1.0000005},
    {"days": 0.5, "hours": 0.25},
):
    td = timedelta(**kw)
    print(kw, repr(td), td.days, td.seconds, td.microseconds)
print(repr(timedelta(1, 2, 3, 4, 5, 6, 7)))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
