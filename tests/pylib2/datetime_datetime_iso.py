# datetime.fromisoformat and round trips through isoformat
from datetime import datetime

for s in (
    "2020-01-02",
    "2020-01-02T03",
    "2020-01-02T03:04",
    "2020-01-02 03:04:05",
    "2020-01-02T03:04:05.123456",
    "2020-01-02T03:04:05.678",
    "2020-01-02T03:04:05+01:00",
    "2020-01-02T03:04:05.123456-09:30",
    "2020-01-02T",
    "2020-01-02T03:04:05Z",
    "2020-01-02T3",
    "2020/01/02",
):
    try:
        d = datetime.fromisoformat(s)
        print(s, "|", repr(d), "|", d.isoformat(), datetime.fromisoformat(d.isoformat()) == d)
    except ValueError:
        print(s, "ValueError")
