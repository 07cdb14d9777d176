# invalid dates raise ValueError; fromisoformat wants YYYY-MM-DD
from datetime import date


def t(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


for args in ((2023, 2, 29), (2000, 13, 1), (2000, 0, 1), (0, 1, 1), (10000, 1, 1), (2020, 4, 31)):
    t(date, *args)
t(date.fromordinal, 0)
t(date.fromordinal, 3652060)
t(date.fromisoformat, "2021-7-04")
t(date.fromisoformat, "20210704")
t(date.fromisoformat, "2021-07-4")
t(date(2024, 1, 31).replace, None, 2)
