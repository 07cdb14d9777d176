# timedelta arithmetic, division, comparison, truth and hashing
from datetime import timedelta

a = timedelta(hours=1, seconds=30)
b = timedelta(minutes=45)
print(repr(a + b), repr(a - b), repr(b - a))
print(repr(-a), repr(+a), repr(abs(-a)), repr(abs(a)))
print(repr(a * 2), repr(3 * b), repr(a * 0.5), repr(timedelta(seconds=1.5) * 2.5))
print(a / b, repr(a / 4), repr(a // 7), a // b)
print(repr(timedelta(seconds=1) / 3), repr(timedelta(seconds=1) // 3))
print(repr(a % b))
q, r = divmod(timedelta(seconds=7), timedelta(seconds=2))
print(q, repr(r))
print(a == timedelta(seconds=3630), a != b, a < b, a > b, a <= a, a >= b)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(hash(timedelta(5)) == hash(timedelta(days=5)))
print(a.total_seconds(), timedelta(microseconds=-1500).total_seconds())
print(sorted([b, a, timedelta(0), -a]))
