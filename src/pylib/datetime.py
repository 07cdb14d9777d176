# upy's datetime: the API and output of micropython-lib's datetime 4.1.0.
# Values are kept as integers: a date is its proleptic ordinal (1 = 0001-01-01), a time of day
# and a timedelta are counts of microseconds.

import time as _t

__version__ = "4.1.0"

MINYEAR = 1
MAXYEAR = 9_999


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _dim(y, m):
    # days in month m of year y
    return 29 if m == 2 and _leap(y) else (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m]


def _dbm(y, m):
    # days in year y before the first of month m
    before = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[m]
    return before + (1 if m > 2 and _leap(y) else 0)


def _o2ymd(n):
    # ordinal -> (year, month, day)
    n -= 1
    q400, n = divmod(n, 146_097)
    q100, n = divmod(n, 36_524)
    q4, n = divmod(n, 1_461)
    q1, n = divmod(n, 365)
    y = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1
    if q1 == 4 or q100 == 4:
        return y - 1, 12, 31
    m = (n + 50) >> 5
    before = _dbm(y, m)
    if before > n:
        m -= 1
        before -= _dim(y, m)
    return y, m, n - before + 1


def _date(y, m, d):
    # validated (y, m, d) -> ordinal; (0, 0, n) stands for ordinal n itself
    if MINYEAR <= y <= MAXYEAR and 1 <= m <= 12 and 1 <= d <= _dim(y, m):
        p = y - 1
        return p * 365 + p // 4 - p // 100 + p // 400 + _dbm(y, m) + d
    if y == 0 and m == 0 and 1 <= d <= 3_652_059:
        return d
    raise ValueError


def _time(h, m, s, us, fold):
    # validated time of day -> timedelta; (0, 0, 0, us) stands for a microsecond count
    ok = 0 <= h < 24 and 0 <= m < 60 and 0 <= s < 60 and 0 <= us < 1_000_000
    if (ok and fold in (0, 1)) or (h == 0 and m == 0 and s == 0 and 0 < us < 86_400_000_000):
        return timedelta(0, s, us, 0, m, h)
    raise ValueError


class timedelta:
    def __init__(
        self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0
    ):
        secs = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds
        self._us = round((secs * 1000 + milliseconds) * 1000 + microseconds)

    def __repr__(self):
        return "datetime.timedelta(microseconds={})".format(self._us)

    def __str__(self):
        return self._fmt(0x40)

    def isoformat(self):
        return self._fmt(0)

    def total_seconds(self):
        return self._us / 1_000_000

    @property
    def days(self):
        return self._tuple(2)[0]

    @property
    def seconds(self):
        return self._tuple(3)[1]

    @property
    def microseconds(self):
        return self._tuple(3)[2]

    def __add__(self, other):
        if isinstance(other, datetime):
            return other.__add__(self)
        return timedelta(0, 0, self._us + other._us)

    def __sub__(self, other):
        return timedelta(0, 0, self._us - other._us)

    def __neg__(self):
        return timedelta(0, 0, -self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._us < 0 else self

    def __mul__(self, other):
        return timedelta(0, 0, round(other * self._us))

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        return timedelta(0, 0, round(self._us / other))

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        return timedelta(0, 0, int(self._us // other))

    def __mod__(self, other):
        return timedelta(0, 0, self._us % other._us)

    def __divmod__(self, other):
        q, r = divmod(self._us, other._us)
        return q, timedelta(0, 0, r)

    def __eq__(self, other):
        return self._us == other._us

    def __le__(self, other):
        return self._us <= other._us

    def __lt__(self, other):
        return self._us < other._us

    def __ge__(self, other):
        return self._us >= other._us

    def __gt__(self, other):
        return self._us > other._us

    def __bool__(self):
        return self._us != 0

    def __hash__(self):
        return hash(self._us)

    def _fmt(self, spec=0):
        # spec: low bits = how many fields (0 auto, 1 hours .. 5 microseconds);
        # 0x10 force a sign, 0x20 "UTC" prefix (implies 0x10), 0x40 hours without padding
        sign = "-" if self._us < 0 else ""
        d, h, m, s, us = abs(self)._tuple(5)
        ms, us = divmod(us, 1000)
        out = ""
        hours = str(h) if spec & 0x40 else "%02d" % h
        if spec & 0x20:
            out = "UTC"
            spec |= 0x10
        if spec & 0x10 and not sign:
            sign = "+"
        spec &= 0x0F
        if d:
            out += "%s%d day%s, " % (sign, d, "s" if d > 1 else "")
            sign = ""
        if spec == 0:
            spec = 5 if ms or us else 3
        fields = (":%02d" % m, ":%02d" % s, ".%03d" % ms, "%03d" % us)
        shown = (m, s, ms, us)
        if spec >= 1 or h:
            out += sign + hours
            for i in range(4):
                if not (spec >= i + 2 or shown[i]):
                    break
                out += fields[i]
        return out

    def tuple(self):
        return self._tuple(5)

    def _tuple(self, n):
        d, us = divmod(self._us, 86_400_000_000)
        if n == 2:
            return d, us
        s, us = divmod(us, 1_000_000)
        if n == 3:
            return d, s, us
        h, s = divmod(s, 3600)
        m, s = divmod(s, 60)
        return d, h, m, s, us


timedelta.min = timedelta(days=-999_999_999)
timedelta.max = timedelta(days=999_999_999, hours=23, minutes=59, seconds=59, microseconds=999_999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    # abstract: subclasses give utcoffset, dst and tzname
    def tzname(self, dt):
        raise NotImplementedError

    def utcoffset(self, dt):
        raise NotImplementedError

    def dst(self, dt):
        raise NotImplementedError

    def fromutc(self, dt):
        if dt._tz is not self:
            raise ValueError
        # standard offset first, then the DST in force at the shifted time
        off = dt.utcoffset()
        dst = dt.dst()
        std = off - dst
        if std:
            dt += std
            dst = dt.dst()
        return dt + dst

    def isoformat(self, dt):
        return self.utcoffset(dt)._fmt(0x12)


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not abs(offset._us) < 86_400_000_000:
            raise ValueError
        self._offset = offset
        self._name = name

    def __repr__(self):
        return "datetime.timezone({}, {})".format(repr(self._offset), repr(self._name))

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash((self._offset, self._name))

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return self._name if self._name else self._offset._fmt(0x22)

    def fromutc(self, dt):
        return dt + self._offset


timezone.utc = timezone(timedelta(0))


def _iso2d(s):
    # "YYYY-MM-DD..." -> (y, m, d)
    if len(s) < 10 or s[4] != "-" or s[7] != "-":
        raise ValueError
    return int(s[0:4]), int(s[5:7]), int(s[8:10])


def _d2iso(o):
    return "%04d-%02d-%02d" % _o2ymd(o)


def _iso2t(s):
    # "HH[:MM[:SS[.fff[fff]]]][+-HH:MM[:SS[.ffffff]]]" -> (h, m, s, us, tz)
    n = len(s)
    pos = [0]

    def take(width, lead=None):
        # the next `width` characters as an int, after an optional `lead` character
        start = pos[0] + (1 if lead else 0)
        end = start + width
        if end > n:
            raise ValueError
        pos[0] = end
        return int(s[start:end])

    def at(ch):
        return pos[0] < n and s[pos[0]] == ch

    if n < 2:
        raise ValueError
    fields = [take(2), 0, 0, 0]
    if at(":"):
        fields[1] = take(2, ":")
        if at(":"):
            fields[2] = take(2, ":")
            if at("."):
                fields[3] = 1000 * take(3, ".")
                if pos[0] < n and s[pos[0]] != "+":
                    fields[3] += take(3)
    tz = None
    if pos[0] < n:
        sign = s[pos[0]]
        if sign not in "+-":
            raise ValueError
        pos[0] += 1
        oh = take(2)
        om = take(2, ":")
        os_ = ous = 0
        if at(":"):
            os_ = take(2, ":")
            if at("."):
                ous = take(6, ".")
        off = timedelta(hours=oh, minutes=om, seconds=os_, microseconds=ous)
        tz = timezone(-off if sign == "-" else off)
    if pos[0] != n:
        raise ValueError
    return fields[0], fields[1], fields[2], fields[3], tz


def _t2iso(td, timespec, dt, tz):
    specs = ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds")
    out = td._fmt(specs.index(timespec))
    if tz is not None:
        out += tz.isoformat(dt)
    return out


class date:
    def __init__(self, year, month, day):
        self._ord = _date(year, month, day)

    @classmethod
    def fromtimestamp(cls, ts):
        return cls(*_t.localtime(ts)[:3])

    @classmethod
    def today(cls):
        return cls(*_t.localtime()[:3])

    @classmethod
    def fromordinal(cls, n):
        return cls(0, 0, n)

    @classmethod
    def fromisoformat(cls, s):
        return cls(*_iso2d(s))

    @property
    def year(self):
        return self.tuple()[0]

    @property
    def month(self):
        return self.tuple()[1]

    @property
    def day(self):
        return self.tuple()[2]

    def toordinal(self):
        return self._ord

    def timetuple(self):
        y, m, d = self.tuple()
        return (y, m, d, 0, 0, 0, self.weekday(), _dbm(y, m) + d, -1)

    def replace(self, year=None, month=None, day=None):
        y, m, d = self.tuple()
        return date(
            y if year is None else year, m if month is None else month, d if day is None else day
        )

    def __add__(self, other):
        return date.fromordinal(self._ord + other.days)

    def __sub__(self, other):
        if isinstance(other, date):
            return timedelta(days=self._ord - other._ord)
        return date.fromordinal(self._ord - other.days)

    def __eq__(self, other):
        return isinstance(other, date) and self._ord == other._ord

    def __le__(self, other):
        return self._ord <= other._ord

    def __lt__(self, other):
        return self._ord < other._ord

    def __ge__(self, other):
        return self._ord >= other._ord

    def __gt__(self, other):
        return self._ord > other._ord

    def weekday(self):
        return (self._ord + 6) % 7

    def isoweekday(self):
        return self._ord % 7 or 7

    def isoformat(self):
        return _d2iso(self._ord)

    __str__ = isoformat

    def __repr__(self):
        return "datetime.date(0, 0, {})".format(self._ord)

    def __hash__(self):
        return hash(self._ord)

    def tuple(self):
        return _o2ymd(self._ord)


date.min = date(MINYEAR, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(days=1)


class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._td = _time(hour, minute, second, microsecond, fold)
        self._tz = tzinfo
        self._fd = fold

    @classmethod
    def fromisoformat(cls, s):
        return cls(*_iso2t(s))

    @property
    def hour(self):
        return self.tuple()[0]

    @property
    def minute(self):
        return self.tuple()[1]

    @property
    def second(self):
        return self.tuple()[2]

    @property
    def microsecond(self):
        return self.tuple()[3]

    @property
    def tzinfo(self):
        return self._tz

    @property
    def fold(self):
        return self._fd

    def replace(
        self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None
    ):
        now = self.tuple()
        new = [hour, minute, second, microsecond]
        for i in range(4):
            if new[i] is None:
                new[i] = now[i]
        if tzinfo is True:
            tzinfo = now[4]
        return time(*new, tzinfo, fold=now[5] if fold is None else fold)

    def isoformat(self, timespec="auto"):
        return _t2iso(self._td, timespec, None, self._tz)

    __str__ = isoformat

    def __repr__(self):
        return "datetime.time(microsecond={}, tzinfo={}, fold={})".format(
            self._td._us, repr(self._tz), self._fd
        )

    def __bool__(self):
        return True

    def __eq__(self, other):
        if (self._tz == None) ^ (other._tz == None):
            return False
        return self._sub(other) == 0

    def __le__(self, other):
        return self._sub(other) <= 0

    def __lt__(self, other):
        return self._sub(other) < 0

    def __ge__(self, other):
        return self._sub(other) >= 0

    def __gt__(self, other):
        return self._sub(other) > 0

    def _sub(self, other):
        # microseconds from other to self, both moved to UTC when their offsets differ
        if (self._tz is None) ^ (other._tz is None):
            raise TypeError
        a = self._td._us
        b = other._td._us
        if self._tz is not None:
            oa = self.utcoffset()._us
            ob = other.utcoffset()._us
            if oa != ob:
                a -= oa
                b -= ob
        return a - b

    def __hash__(self):
        return hash((self._td, self._tz))

    def utcoffset(self):
        return None if self._tz is None else self._tz.utcoffset(None)

    def dst(self):
        return None if self._tz is None else self._tz.dst(None)

    def tzname(self):
        return None if self._tz is None else self._tz.tzname(None)

    def tuple(self):
        h, m, s, us = self._td.tuple()[1:]
        return h, m, s, us, self._tz, self._fd


time.min = time(0)
time.max = time(23, 59, 59, 999_999)
time.resolution = timedelta.resolution


class datetime:
    def __init__(
        self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0
    ):
        self._d = _date(year, month, day)
        self._t = _time(hour, minute, second, microsecond, fold)
        self._tz = tzinfo
        self._fd = fold

    @classmethod
    def fromtimestamp(cls, ts, tz=None):
        if isinstance(ts, float):
            ts, us = divmod(round(ts * 1_000_000), 1_000_000)
        else:
            us = 0
        if tz is not None:
            return tz.fromutc(cls(*_t.gmtime(ts)[:6], microsecond=us, tzinfo=tz))
        dt = cls(*_t.localtime(ts)[:6], microsecond=us)
        # a local time seen twice (clocks set back) is the second one when an earlier
        # timestamp shows the same wall time
        day = 86_400
        probe = cls(*_t.localtime(ts - day)[:6], microsecond=us)
        shift = dt - probe - timedelta(0, day)
        if shift._us < 0:
            probe = cls(*_t.localtime(ts + shift // timedelta(0, 1))[:6], microsecond=us)
            if probe == dt:
                dt._fd = 1
        return dt

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_t.time(), tz)

    @classmethod
    def fromordinal(cls, n):
        return cls(0, 0, n)

    @classmethod
    def fromisoformat(cls, s):
        d = _iso2d(s)
        if len(s) <= 12:
            return cls(*d)
        return cls(*(d + _iso2t(s[11:])))

    @classmethod
    def combine(cls, date, time, tzinfo=None):
        return cls(
            0, 0, date.toordinal(), 0, 0, 0, time._td._us, tzinfo or time._tz, fold=time._fd
        )

    @property
    def year(self):
        return _o2ymd(self._d)[0]

    @property
    def month(self):
        return _o2ymd(self._d)[1]

    @property
    def day(self):
        return _o2ymd(self._d)[2]

    @property
    def hour(self):
        return self._t.tuple()[1]

    @property
    def minute(self):
        return self._t.tuple()[2]

    @property
    def second(self):
        return self._t.tuple()[3]

    @property
    def microsecond(self):
        return self._t.tuple()[4]

    @property
    def tzinfo(self):
        return self._tz

    @property
    def fold(self):
        return self._fd

    def __add__(self, other):
        d, us = divmod(self._t._us + other._us, 86_400_000_000)
        return datetime(0, 0, self._d + d, 0, 0, 0, us, self._tz)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(-other)
        if isinstance(other, datetime):
            d, us = self._sub(other)
            return timedelta(d, 0, us)
        raise TypeError

    def _sub(self, other):
        # (days, microseconds) from other to self, in UTC when the offsets differ
        if (self._tz is None) ^ (other._tz is None):
            raise TypeError
        a = self
        b = other
        if a._tz is not None:
            oa = a.utcoffset()
            ob = b.utcoffset()
            if oa != ob:
                a -= oa
                b -= ob
        d, us = divmod(a._t._us - b._t._us, 86_400_000_000)
        return a._d - b._d + d, us

    def _cmp(self, other):
        d, us = self._sub(other)
        if d:
            return -1 if d < 0 else 1
        if us:
            return -1 if us < 0 else 1
        return 0

    def __eq__(self, other):
        if (self._tz == None) ^ (other._tz == None):
            return False
        return self._cmp(other) == 0

    def __le__(self, other):
        return self._cmp(other) <= 0

    def __lt__(self, other):
        return self._cmp(other) < 0

    def __ge__(self, other):
        return self._cmp(other) >= 0

    def __gt__(self, other):
        return self._cmp(other) > 0

    def date(self):
        return date.fromordinal(self._d)

    def time(self):
        return time(microsecond=self._t._us, fold=self._fd)

    def timetz(self):
        return time(microsecond=self._t._us, tzinfo=self._tz, fold=self._fd)

    def replace(
        self,
        year=None,
        month=None,
        day=None,
        hour=None,
        minute=None,
        second=None,
        microsecond=None,
        tzinfo=True,
        *,
        fold=None,
    ):
        now = self.tuple()
        new = [year, month, day, hour, minute, second, microsecond]
        for i in range(7):
            if new[i] is None:
                new[i] = now[i]
        if tzinfo is True:
            tzinfo = now[7]
        return datetime(*new, tzinfo, fold=now[8] if fold is None else fold)

    def _mktime(self):
        # the POSIX timestamp of this naive local time (as CPython's datetime._mktime)
        epoch = datetime(1970, 1, 1)
        second = timedelta(0, 1)
        t = (self - epoch) // second

        def local(u):
            return (datetime(*_t.localtime(u)[:6]) - epoch) // second

        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (-86_400, 86_400)[self._fd]
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        return (max, min)[self._fd](u1, u2)

    def astimezone(self, tz=None):
        if self._tz is tz:
            return self
        if self._tz is None:
            utc = datetime.fromtimestamp(self.timestamp(), timezone.utc)
        else:
            utc = (self - self._tz.utcoffset(self)).replace(tzinfo=timezone.utc)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def utcoffset(self):
        return None if self._tz is None else self._tz.utcoffset(self)

    def dst(self):
        return None if self._tz is None else self._tz.dst(self)

    def tzname(self):
        return None if self._tz is None else self._tz.tzname(self)

    def timetuple(self):
        return _t.localtime(round(self.timestamp()))

    def toordinal(self):
        return self._d

    def timestamp(self):
        if self._tz is None:
            return self._mktime() + self.microsecond / 1_000_000
        return (self - datetime.EPOCH).total_seconds()

    def weekday(self):
        return (self._d + 6) % 7

    def isoweekday(self):
        return self._d % 7 or 7

    def isoformat(self, sep="T", timespec="auto"):
        return _d2iso(self._d) + sep + _t2iso(self._t, timespec, self, self._tz)

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        return "datetime.datetime({}, {}, {}, {}, {}, {}, {}, {}, fold={})".format(
            *self.tuple()[:7], repr(self._tz), self._fd
        )

    def __hash__(self):
        return hash((self._d, self._t, self._tz))

    def tuple(self):
        return _o2ymd(self._d) + self._t.tuple()[1:] + (self._tz, self._fd)


datetime.EPOCH = datetime(*_t.gmtime(0)[:6], tzinfo=timezone.utc)
