# time.fromisoformat: fractions and UTC offsets
from datetime import time

for s in (
    "03",
    "03:04",
    "03:04:05",
    "03:04:05.123",
    "03:04:05.123456",
    "03:04:05+01:00",
    "03:04:05.5-05:30",
    "03:04:05.123+05:30",
    "23:59:59.999999+00:00:30",
    "12:00-00:00:01.000001",
    "3",
    "03:4",
    "03:04:05Z",
    "03:04:05.12",
    "03:04:05+0100",
    "25:00",
):
    try:
        t = time.fromisoformat(s)
        print(s, repr(t), t)
    except ValueError:
        print(s, "ValueError")
