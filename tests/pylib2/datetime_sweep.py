# differential sweep: pseudo-random timedeltas, dates, aware datetimes and byte strings
from datetime import *
import base64
s = 12345
def r(n):
    global s
    s = (s * 1103515245 + 12345) & 0x7fffffff
    return s % n
for i in range(80):
    td = timedelta(days=r(2000)-1000, seconds=r(200000)-100000, microseconds=r(3000000)-1500000)
    print(repr(td), str(td), td.isoformat(), td.days, td.seconds, td.microseconds)
    d = date.fromordinal(1 + r(3652000))
    print(d, d.weekday(), d.timetuple())
    try:
        dt = datetime(r(9999)+1, r(12)+1, r(28)+1, r(24), r(60), r(60), r(1000000), timezone(timedelta(minutes=r(2000)-1000)))
        print(repr(dt), dt, dt + td, (dt - td).isoformat(timespec=("auto","hours","minutes","seconds","milliseconds","microseconds")[r(6)]))
        print(dt.astimezone(timezone.utc), dt.timestamp(), datetime.fromisoformat(dt.isoformat()) == dt)
    except Exception as e:
        print('E', type(e).__name__)
    b = bytes(r(256) for _ in range(r(20)))
    print(base64.b64encode(b), base64.b32encode(b), base64.b16encode(b), base64.b32decode(base64.b32encode(b)) == b)
